package io.shapegen.runtime.client;

import java.util.Objects;
import java.util.Set;

/**
 * What the runtime needs to know about a service, from its model's metadata.
 *
 * @param serviceId the model's {@code serviceId}, for example {@code Chime SDK Identity}
 * @param signingName the SigV4 service name ({@code signingName}, else {@code endpointPrefix})
 * @param endpointPrefix the host prefix of the service's endpoints, for example {@code identity-chime}
 * @param protocol {@code rest-json} or {@code json}
 * @param jsonVersion {@code 1.0} or {@code 1.1} for the json protocol; may be empty for rest-json
 * @param targetPrefix the {@code X-Amz-Target} prefix of the json protocol; empty if none
 */
public record ServiceInfo(String serviceId, String signingName, String endpointPrefix, String protocol,
        String jsonVersion, String targetPrefix) {
    private static final Set<String> PROTOCOLS = Set.of("rest-json", "json");

    /** Validates the components. */
    public ServiceInfo {
        Objects.requireNonNull(serviceId, "serviceId");
        requireText(signingName, "signingName");
        requireText(endpointPrefix, "endpointPrefix");
        Objects.requireNonNull(jsonVersion, "jsonVersion");
        Objects.requireNonNull(targetPrefix, "targetPrefix");
        if (!PROTOCOLS.contains(protocol)) {
            throw new IllegalArgumentException("Protocol '" + protocol + "' of service " + serviceId + " is not"
                    + " supported by this runtime; it supports rest-json and json.");
        }
        if (protocol.equals("json") && !(jsonVersion.equals("1.0") || jsonVersion.equals("1.1"))) {
            throw new IllegalArgumentException("Service " + serviceId + " uses the json protocol with jsonVersion '"
                    + jsonVersion + "'; the json protocol needs jsonVersion 1.0 or 1.1.");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ServiceInfo." + name + " is missing; take it from the model's metadata.");
        }
    }
}
