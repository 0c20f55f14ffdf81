package io.shapegen.it.chime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.it.chime.model.AllowMessages;
import io.shapegen.it.chime.model.CreateAppInstanceRequest;
import io.shapegen.it.chime.model.DescribeAppInstanceResponse;
import io.shapegen.it.chime.model.Instance;
import io.shapegen.it.chime.model.Tag;
import io.shapegen.it.chime.model.UpdateAppInstanceUserEndpointRequest;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Code written against the SDK generated in the records flavour, with AppInstance renamed to Instance. */
class RenamedApiTest {

    @Test
    void theRenamedShapeIsARecordWithTheRenamedMember() {
        Instance instance = Instance.builder().title("chat").appInstanceArn("arn:aws:chime:us-east-1:1:app-instance/x").build();
        assertTrue(Instance.class.isRecord());
        assertEquals("chat", instance.title());
        assertTrue(Arrays.stream(Instance.class.getRecordComponents()).anyMatch(c -> c.getName().equals("title")));
        assertEquals(instance, instance.toBuilder().build());
        assertEquals(instance.hashCode(), instance.toBuilder().build().hashCode());
    }

    @Test
    void responsesUseTheRenamedType() throws NoSuchMethodException {
        Instance instance = Instance.builder().title("chat").build();
        DescribeAppInstanceResponse response = DescribeAppInstanceResponse.builder().appInstance(instance).build();
        assertEquals("chat", response.appInstance().title());
        assertEquals(Instance.class, DescribeAppInstanceResponse.class.getMethod("appInstance").getReturnType());
    }

    @Test
    void listsAndEnumsWorkAsInTheStandardFlavour() {
        CreateAppInstanceRequest request = CreateAppInstanceRequest.builder().name("n")
                .tags(List.of(Tag.builder().key("k").value("v").build())).build();
        assertTrue(request.hasTags());
        assertEquals(1, request.tags().size());
        assertFalse(CreateAppInstanceRequest.builder().build().hasTags());
        assertThrows(UnsupportedOperationException.class, () -> request.tags().add(Tag.builder().build()));
        UpdateAppInstanceUserEndpointRequest update = UpdateAppInstanceUserEndpointRequest.builder()
                .allowMessages("NEW_VALUE").build();
        assertEquals(AllowMessages.UNKNOWN_TO_SDK_VERSION, update.allowMessages());
        assertEquals("NEW_VALUE", update.allowMessagesAsString());
    }

    @Test
    void theExcludedOperationIsNotOnTheClient() {
        List<String> methods = Arrays.stream(ChimeIdentityClient.class.getMethods()).map(Method::getName).toList();
        assertTrue(methods.contains("createAppInstance"), methods.toString());
        assertTrue(methods.contains("deleteAppInstanceUser"), "only the named operation is excluded");
        assertFalse(methods.contains("deleteAppInstance"), methods.toString());
    }
}
