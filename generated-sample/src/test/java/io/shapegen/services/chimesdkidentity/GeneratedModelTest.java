package io.shapegen.services.chimesdkidentity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.services.chimesdkidentity.model.AllowMessages;
import io.shapegen.services.chimesdkidentity.model.AppInstanceUserEndpointType;
import io.shapegen.services.chimesdkidentity.model.BadRequestException;
import io.shapegen.services.chimesdkidentity.model.ChimeSdkIdentityException;
import io.shapegen.services.chimesdkidentity.model.CreateAppInstanceRequest;
import io.shapegen.services.chimesdkidentity.model.ErrorCode;
import io.shapegen.services.chimesdkidentity.model.ExpirationCriterion;
import io.shapegen.services.chimesdkidentity.model.ExpirationSettings;
import io.shapegen.services.chimesdkidentity.model.Tag;
import io.shapegen.services.chimesdkidentity.model.UpdateAppInstanceUserEndpointRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chime-sdk-identity model classes as a downstream project meets them. */
class GeneratedModelTest {

    @Test
    void buildersGettersAndCopies() {
        List<Tag> tags = new ArrayList<>(List.of(Tag.builder().key("team").value("chat").build()));
        CreateAppInstanceRequest request = CreateAppInstanceRequest.builder()
                .name("my-instance").metadata("{}").tags(tags).build();
        tags.clear();
        assertEquals("my-instance", request.name());
        assertEquals(1, request.tags().size(), "the builder copied the list");
        assertThrows(UnsupportedOperationException.class, () -> request.tags().add(Tag.builder().build()));
        assertTrue(request.hasTags());
        assertFalse(CreateAppInstanceRequest.builder().build().hasTags());
        assertEquals(request, request.toBuilder().build());
        assertEquals(request.hashCode(), request.toBuilder().build().hashCode());
        assertNotEquals(request, request.toBuilder().name("other").build());
    }

    @Test
    void sensitiveMembersAreRedacted() {
        String text = CreateAppInstanceRequest.builder().name("secret-name").clientRequestToken("token-1").build().toString();
        assertFalse(text.contains("secret-name"), text);
        assertEquals("CreateAppInstanceRequest(Name=*** Sensitive Data Redacted ***, ClientRequestToken=token-1)", text);
    }

    @Test
    void enumsKeepValuesThisVersionDoesNotKnow() {
        UpdateAppInstanceUserEndpointRequest request = UpdateAppInstanceUserEndpointRequest.builder()
                .allowMessages("SOME_FUTURE_VALUE").build();
        assertEquals(AllowMessages.UNKNOWN_TO_SDK_VERSION, request.allowMessages());
        assertEquals("SOME_FUTURE_VALUE", request.allowMessagesAsString());
        assertEquals(AllowMessages.ALL, request.toBuilder().allowMessages(AllowMessages.ALL).build().allowMessages());
        assertEquals(AppInstanceUserEndpointType.APNS_SANDBOX, AppInstanceUserEndpointType.fromValue("APNS_SANDBOX"));
        assertEquals(ErrorCode.VOICE_CONNECTOR_GROUP_ASSOCIATIONS_EXIST,
                ErrorCode.fromValue("VoiceConnectorGroupAssociationsExist"));
        assertEquals(15, ErrorCode.knownValues().size());
        ExpirationSettings settings = ExpirationSettings.builder().expirationDays(7)
                .expirationCriterion(ExpirationCriterion.CREATED_TIMESTAMP).build();
        assertEquals("CREATED_TIMESTAMP", settings.expirationCriterionAsString());
    }

    @Test
    void modeledExceptionsExtendTheServiceException() {
        BadRequestException error = BadRequestException.builder().statusCode(400).message("bad name")
                .requestId("req-1").code(ErrorCode.BAD_REQUEST).build();
        ChimeSdkIdentityException base = error;
        assertEquals(400, base.statusCode());
        assertEquals("BadRequestException", base.errorCode());
        assertEquals("req-1", base.requestId());
        assertEquals(ErrorCode.BAD_REQUEST, error.code());
        assertEquals("bad name (Status Code: 400, Error Code: BadRequestException, Request ID: req-1)", error.getMessage());
    }
}
