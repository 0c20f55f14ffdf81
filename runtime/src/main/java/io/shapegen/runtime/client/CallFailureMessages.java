package io.shapegen.runtime.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.shapegen.runtime.http.HttpResponse;
import io.shapegen.runtime.protocol.ErrorResponse;
import io.shapegen.runtime.region.Region;
import java.io.IOException;
import java.net.URI;

/**
 * What a client says when a call gets no usable answer: the same words from the sync and the async client, each
 * naming the service, the operation and the host, and saying what to check.
 */
final class CallFailureMessages {
    private final ServiceInfo service;
    private final Region region;
    private final URI endpoint;
    private final boolean endpointOverridden;
    private final int maxAttempts;

    CallFailureMessages(ServiceInfo service, Region region, URI endpoint, ClientConfiguration config) {
        this.service = service;
        this.region = region;
        this.endpoint = endpoint;
        this.endpointOverridden = config.endpointOverride().isPresent();
        this.maxAttempts = config.retryPolicy().maxAttempts();
    }

    /**
     * @param request the call
     * @param e the last attempt's failure
     * @param timedOut whether {@code e} is the transport's timeout
     * @param attempts how many attempts were made
     * @return why the call failed, and what to check
     */
    String ioFailure(MarshalledRequest request, IOException e, boolean timedOut, int attempts) {
        String what = timedOut
                ? "no answer within the call timeout (raise callTimeout if the operation is slow)"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return "Could not call " + service.serviceId() + " " + request.operationName() + " at " + hostPrefixed(request)
                + ": " + what + ". Made " + attempts + (attempts == 1 ? " attempt" : " attempts")
                + " (the retry policy allows " + maxAttempts + "). Check the network, the endpoint (region "
                + region.id() + (endpointOverridden ? ", endpointOverride" : "")
                + "), the proxy settings and the timeouts.";
    }

    /**
     * @param request the call
     * @param response the answer that could not be read
     * @param what which part, for example {@code response} or {@code error response}
     * @param e why it could not be read
     * @return what was received, why it is not what was expected, and the request id
     */
    String unreadable(MarshalledRequest request, HttpResponse response, String what, Exception e) {
        String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        String requestId = ErrorResponse.requestId(response);
        return "Could not read the " + what + " of " + service.serviceId() + " " + request.operationName() + " from "
                + hostPrefixed(request) + " (HTTP " + response.statusCode() + ", " + response.bodyLength()
                + " bytes, Content-Type " + response.headers().firstValue("Content-Type").orElse("absent")
                + "): the body is not the JSON expected (" + reason + "). If the endpoint is a proxy or emulator,"
                + " check that it forwards to the service; request id: " + (requestId.isEmpty() ? "none" : requestId)
                + ".";
    }

    private String hostPrefixed(MarshalledRequest request) {
        return endpoint.getScheme() + "://" + request.hostPrefix() + endpoint.getRawAuthority();
    }
}
