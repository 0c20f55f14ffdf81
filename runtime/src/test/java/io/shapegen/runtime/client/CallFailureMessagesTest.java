package io.shapegen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.http.HttpResponse;
import io.shapegen.runtime.region.Region;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The words the sync and the async client use when a call gets no usable answer. */
class CallFailureMessagesTest {
    private static final ServiceInfo SERVICE = new ServiceInfo("Example", "example", "example", "json", "1.1", "Ex");
    private static final MarshalledRequest REQUEST =
            MarshalledRequest.builder("GetThing", "POST", "/").hostPrefix("data.").build();

    private static CallFailureMessages messages(ClientConfiguration.Builder config) {
        return new CallFailureMessages(SERVICE, Region.US_EAST_1, URI.create("https://example.us-east-1.amazonaws.com"),
                config.region(Region.US_EAST_1).build());
    }

    @Test
    void anIoFailureNamesTheCallTheHostWithItsPrefixTheAttemptsAndWhatToCheck() {
        CallFailureMessages messages = messages(ClientConfiguration.builder());

        assertEquals("Could not call Example GetThing at https://data.example.us-east-1.amazonaws.com: ConnectException:"
                + " refused. Made 3 attempts (the retry policy allows 3). Check the network, the endpoint (region"
                + " us-east-1), the proxy settings and the timeouts.",
                messages.ioFailure(REQUEST, new ConnectException("refused"), false, 3));
        assertEquals("Could not call Example GetThing at https://data.example.us-east-1.amazonaws.com: no answer within"
                + " the call timeout (raise callTimeout if the operation is slow). Made 1 attempt (the retry policy"
                + " allows 3). Check the network, the endpoint (region us-east-1), the proxy settings and the timeouts.",
                messages.ioFailure(REQUEST, new SocketTimeoutException(), true, 1));
    }

    @Test
    void anOverriddenEndpointIsNamedAmongTheThingsToCheck() {
        CallFailureMessages messages = messages(ClientConfiguration.builder()
                .endpointOverride(URI.create("http://127.0.0.1:9")));

        String text = messages.ioFailure(REQUEST, new ConnectException(), false, 1);
        assertTrue(text.contains("(region us-east-1, endpointOverride)"), text);
    }

    @Test
    void anUnreadableAnswerSaysWhatCameAndTheRequestId() throws IOException {
        HttpResponse response = new HttpResponse(200, HttpHeaders.builder().add("Content-Type", "text/html")
                .add("x-amzn-RequestId", "req-1").build(), "<html>".getBytes(StandardCharsets.UTF_8));
        JsonParseException cause;
        try (var parser = new JsonFactory().createParser("<html>")) {
            parser.nextToken();
            throw new AssertionError("not JSON, yet parsed");
        } catch (JsonParseException e) {
            cause = e;
        }

        String text = messages(ClientConfiguration.builder()).unreadable(REQUEST, response, "response", cause);

        assertEquals("Could not read the response of Example GetThing from https://data.example.us-east-1.amazonaws.com"
                + " (HTTP 200, 6 bytes, Content-Type text/html): the body is not the JSON expected ("
                + cause.getOriginalMessage() + "). If the endpoint is a proxy or emulator, check that it forwards to"
                + " the service; request id: req-1.", text);
    }
}
