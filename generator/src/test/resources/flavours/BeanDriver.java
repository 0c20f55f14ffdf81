package io.shapegen.test.bean;

import io.shapegen.services.chimebean.model.AllowMessages;
import io.shapegen.services.chimebean.model.CreateAppInstanceRequest;
import io.shapegen.services.chimebean.model.UpdateAppInstanceUserEndpointRequest;

/** Compiled against the chime SDK generated with bean accessors: getX()/setX(...). */
public final class BeanDriver {
    private BeanDriver() {
    }

    public static void run() {
        CreateAppInstanceRequest request = CreateAppInstanceRequest.builder().setName("n").setMetadata("{}").build();
        check("n".equals(request.getName()) && "{}".equals(request.getMetadata()), "bean accessors");
        check(!request.hasTags() && request.getTags().isEmpty(), "has and collection getters");
        UpdateAppInstanceUserEndpointRequest update = UpdateAppInstanceUserEndpointRequest.builder()
                .setAllowMessages(AllowMessages.ALL).build();
        check(update.getAllowMessages() == AllowMessages.ALL && "ALL".equals(update.getAllowMessagesAsString()), "enums");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
