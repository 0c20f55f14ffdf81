package io.shapegen.test.records;

import io.shapegen.services.chime.ChimeIdentityClient;
import io.shapegen.services.chime.model.AllowMessages;
import io.shapegen.services.chime.model.CreateAppInstanceRequest;
import io.shapegen.services.chime.model.Instance;
import io.shapegen.services.chime.model.Tag;
import io.shapegen.services.chime.model.UpdateAppInstanceUserEndpointRequest;
import java.util.List;

/** Compiled against the chime SDK generated in the records flavour with renames; it uses the renamed API. */
public final class RecordsDriver {
    private RecordsDriver() {
    }

    public static void run() {
        Instance instance = Instance.builder().title("chat").appInstanceArn("arn:aws:chime:us-east-1:1:app-instance/x").build();
        check(instance.getClass().isRecord(), "model classes are records");
        check("chat".equals(instance.title()), "renamed member");
        check(instance.equals(instance.toBuilder().build()) && instance.hashCode() == instance.toBuilder().build().hashCode(),
                "record equality");
        check(!instance.toString().contains("chat") && instance.toString().contains("Name=*** Sensitive Data Redacted ***"),
                "redacted: " + instance);
        CreateAppInstanceRequest request = CreateAppInstanceRequest.builder().name("n").tags(List.of(Tag.builder().key("k").value("v").build())).build();
        check(request.tags().size() == 1 && request.hasTags() && !CreateAppInstanceRequest.builder().build().hasTags(), "lists");
        UpdateAppInstanceUserEndpointRequest update = UpdateAppInstanceUserEndpointRequest.builder().allowMessages("NEW_VALUE").build();
        check(update.allowMessages() == AllowMessages.UNKNOWN_TO_SDK_VERSION && "NEW_VALUE".equals(update.allowMessagesAsString()),
                "enum components keep unknown values");
        ChimeIdentityClient client = null;
        check(client == null, "the client interface is renamed");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
