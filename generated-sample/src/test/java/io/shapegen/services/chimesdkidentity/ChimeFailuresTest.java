package io.shapegen.services.chimesdkidentity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.retry.RetryPolicy;
import io.shapegen.services.chimesdkidentity.FakeChime.Answer;
import io.shapegen.services.chimesdkidentity.model.AllowMessages;
import io.shapegen.services.chimesdkidentity.model.AppInstanceUserEndpoint;
import io.shapegen.services.chimesdkidentity.model.AppInstanceUserEndpointType;
import io.shapegen.services.chimesdkidentity.model.BadRequestException;
import io.shapegen.services.chimesdkidentity.model.ChimeSdkIdentityException;
import io.shapegen.services.chimesdkidentity.model.ConflictException;
import io.shapegen.services.chimesdkidentity.model.CreateAppInstanceResponse;
import io.shapegen.services.chimesdkidentity.model.ErrorCode;
import io.shapegen.services.chimesdkidentity.model.ForbiddenException;
import io.shapegen.services.chimesdkidentity.model.NotFoundException;
import io.shapegen.services.chimesdkidentity.model.ResourceLimitExceededException;
import io.shapegen.services.chimesdkidentity.model.ServiceFailureException;
import io.shapegen.services.chimesdkidentity.model.ServiceUnavailableException;
import io.shapegen.services.chimesdkidentity.model.ThrottledClientException;
import io.shapegen.services.chimesdkidentity.model.UnauthorizedClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What goes wrong, against a loopback server: modeled errors, retries, malformed and newer responses, and
 * sensitive values, which must never reach an exception message or a log line.
 */
class ChimeFailuresTest {
    private static final String APP = "arn:aws:chime:us-east-1:123456789012:app-instance/i-1";
    private static final String SECRET_NAME = "secret-name-4711";
    private static final String SECRET_METADATA = "secret-metadata-0815";
    private static final String SECRET_TOKEN = "secret-next-token-42";

    private final ChimeTestClients clients = new ChimeTestClients();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logged) {
                logged.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger runtimeLogger = Logger.getLogger("io.shapegen");
    private FakeChime server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeChime();
        runtimeLogger.setLevel(Level.ALL);
        runtimeLogger.addHandler(capture);
        capture.setLevel(Level.ALL);
    }

    @AfterEach
    void stop() {
        runtimeLogger.removeHandler(capture);
        runtimeLogger.setLevel(null);
        server.close();
    }

    private ChimeSdkIdentityClient client(RetryPolicy policy) {
        return clients.builder(server).retryPolicy(policy.toBuilder().random(() -> 0.5).sleeper(clients.sleeps::add)
                .build()).build();
    }

    /** The nine modeled errors: status and type as the service sends them, and the exception each must become. */
    private record ModeledError(Class<? extends ChimeSdkIdentityException> type, int status, String code) {
    }

    @TestFactory
    Stream<DynamicTest> eachModeledErrorBecomesItsException() {
        return Stream.of(
                new ModeledError(BadRequestException.class, 400, "BadRequest"),
                new ModeledError(ConflictException.class, 409, "Conflict"),
                new ModeledError(ForbiddenException.class, 403, "Forbidden"),
                new ModeledError(NotFoundException.class, 404, "NotFound"),
                new ModeledError(ResourceLimitExceededException.class, 400, "ResourceLimitExceeded"),
                new ModeledError(ServiceFailureException.class, 500, "ServiceFailure"),
                new ModeledError(ServiceUnavailableException.class, 503, "ServiceUnavailable"),
                new ModeledError(ThrottledClientException.class, 429, "Throttled"),
                new ModeledError(UnauthorizedClientException.class, 401, "Unauthorized"))
                .map(error -> DynamicTest.dynamicTest(error.type().getSimpleName(), () -> {
                    String requestId = "req-" + error.status();
                    server.answer(Answer.error(error.status(), error.type().getSimpleName(), requestId,
                            "{\"Code\":\"" + error.code() + "\",\"Message\":\"it failed: " + error.code() + "\"}"));
                    try (ChimeSdkIdentityClient client = client(RetryPolicy.none())) {
                        ChimeSdkIdentityException thrown = assertThrows(ChimeSdkIdentityException.class,
                                () -> client.describeAppInstanceBot(r -> r.appInstanceBotArn(APP + "/bot/b")));
                        assertInstanceOf(error.type(), thrown);
                        assertEquals("it failed: " + error.code(), thrown.errorMessage());
                        assertEquals(requestId, thrown.requestId());
                        assertEquals(error.status(), thrown.statusCode());
                        assertEquals(error.type().getSimpleName(), thrown.errorCode());
                        assertEquals(ErrorCode.fromValue(error.code()),
                                thrown.getClass().getMethod("code").invoke(thrown), "the modeled Code member");
                        assertTrue(thrown.getMessage().contains("Request ID: " + requestId), thrown.getMessage());
                    }
                }));
    }

    @Test
    void anErrorTheModelDoesNotDeclareIsTheServiceException() {
        server.answer(Answer.error(400, "SomethingNewException", "req-9", "{\"message\":\"new\"}"));
        try (ChimeSdkIdentityClient client = client(RetryPolicy.none())) {
            ChimeSdkIdentityException thrown = assertThrows(ChimeSdkIdentityException.class,
                    () -> client.listAppInstances(r -> { }));
            assertEquals(ChimeSdkIdentityException.class, thrown.getClass());
            assertEquals("SomethingNewException", thrown.errorCode());
            assertEquals("new", thrown.errorMessage());
        }
    }

    @Test
    void throttlingAndUnavailableAreRetriedWithTheSameBodyAndToken() {
        server.answer(Answer.error(429, "ThrottledClientException", "r1", "{\"Message\":\"slow down\"}"),
                Answer.error(503, "ServiceUnavailableException", "r2", "{\"Message\":\"busy\"}"),
                Answer.json(201, "{\"AppInstanceArn\":\"" + APP + "\"}"));
        try (ChimeSdkIdentityClient client = client(RetryPolicy.standard())) {
            CreateAppInstanceResponse response = client.createAppInstance(r -> r.name("a"));
            assertEquals(APP, response.appInstanceArn());
        }
        List<FakeChime.Received> attempts = server.received();
        assertEquals(3, attempts.size(), "two retries");
        assertEquals(2, clients.sleeps.size(), "a backoff before each retry");
        assertTrue(attempts.get(0).bodyText().contains(ChimeTestClients.TOKEN));
        assertEquals(attempts.get(0).bodyText(), attempts.get(1).bodyText());
        assertEquals(attempts.get(0).bodyText(), attempts.get(2).bodyText());
    }

    @Test
    void retriesStopAfterMaxAttempts() {
        server.answer(Answer.error(503, "ServiceUnavailableException", "r", "{\"Message\":\"busy\"}"));
        try (ChimeSdkIdentityClient client = client(RetryPolicy.builder().maxAttempts(2).build())) {
            assertThrows(ServiceUnavailableException.class, () -> client.listAppInstances(r -> { }));
        }
        assertEquals(2, server.received().size());
    }

    @Test
    void aBadRequestIsNotRetried() {
        server.answer(Answer.error(400, "BadRequestException", "r", "{\"Code\":\"BadRequest\",\"Message\":\"no\"}"),
                Answer.json(200, "{}"));
        try (ChimeSdkIdentityClient client = client(RetryPolicy.standard())) {
            assertThrows(BadRequestException.class, () -> client.listAppInstances(r -> { }));
        }
        assertEquals(1, server.received().size());
        assertTrue(clients.sleeps.isEmpty());
    }

    @Test
    void malformedJsonIsAClientErrorThatSaysWhat() {
        server.answer(new Answer(200, java.util.Map.of("Content-Type", "application/json", "x-amzn-RequestId", "r-7"),
                "{\"AppInstance\": {\"Name\": "));
        try (ChimeSdkIdentityClient client = client(RetryPolicy.none())) {
            SdkClientException thrown = assertThrows(SdkClientException.class,
                    () -> client.describeAppInstance(r -> r.appInstanceArn(APP)));
            assertTrue(thrown.getMessage().startsWith("Could not read the response of Chime SDK Identity"
                    + " DescribeAppInstance from http://127.0.0.1:"), thrown.getMessage());
            assertTrue(thrown.getMessage().contains("the body is not the JSON expected"), thrown.getMessage());
            assertTrue(thrown.getMessage().contains("request id: r-7"), thrown.getMessage());
        }
    }

    @Test
    void aValueOfTheWrongTypeNamesWhereItIs() {
        server.answer(Answer.json(200, "{\"AppInstance\":{\"CreatedTimestamp\":true}}"));
        try (ChimeSdkIdentityClient client = client(RetryPolicy.none())) {
            SdkClientException thrown = assertThrows(SdkClientException.class,
                    () -> client.describeAppInstance(r -> r.appInstanceArn(APP)));
            assertTrue(thrown.getMessage().contains("Expected a timestamp at /AppInstance/CreatedTimestamp but found"
                    + " a boolean"), thrown.getMessage());
        }
    }

    @Test
    void unknownEnumValuesAndUnknownFieldsAreTolerated() {
        server.answer(Answer.json(200, "{\"AppInstanceUserEndpoint\":{\"Type\":\"CARRIER_PIGEON\",\"AllowMessages\":"
                + "\"ALL\",\"BrandNewField\":{\"deep\":[1,{\"x\":null}]},\"EndpointState\":{\"Status\":\"DORMANT\","
                + "\"Extra\":true}},\"TopLevelNewField\":42}"));
        try (ChimeSdkIdentityClient client = client(RetryPolicy.none())) {
            AppInstanceUserEndpoint endpoint = client.describeAppInstanceUserEndpoint(r -> r.appInstanceUserArn(APP + "/user/u")
                    .endpointId("e")).appInstanceUserEndpoint();
            assertEquals(AppInstanceUserEndpointType.UNKNOWN_TO_SDK_VERSION, endpoint.type());
            assertEquals("CARRIER_PIGEON", endpoint.typeAsString());
            assertEquals(AllowMessages.ALL, endpoint.allowMessages());
            assertEquals("DORMANT", endpoint.endpointState().statusAsString());
        }
    }

    @Test
    void sensitiveValuesNeverReachExceptionMessagesOrLogs() {
        List<Throwable> failures = new ArrayList<>();
        try (ChimeSdkIdentityClient client = client(RetryPolicy.standard())) {
            // Retried, then a modeled error: the retries are logged.
            server.answer(Answer.error(503, "ServiceUnavailableException", "r1", "{\"Message\":\"busy\"}"));
            failures.add(assertThrows(ChimeSdkIdentityException.class, () -> client.createAppInstance(r -> r
                    .name(SECRET_NAME).metadata(SECRET_METADATA))));
            // A sensitive query parameter and URI label, then a malformed response.
            server.answer(Answer.json(200, "{\"AppInstanceUserEndpoints\": [ {\"Name\": \"" + SECRET_NAME + "\", "));
            failures.add(assertThrows(SdkClientException.class, () -> client.listAppInstanceUserEndpoints(r -> r
                    .appInstanceUserArn(SECRET_METADATA).nextToken(SECRET_TOKEN))));
            // A sensitive value where a response has the wrong type.
            server.answer(Answer.json(200, "{\"AppInstance\":{\"Name\":{\"value\":\"" + SECRET_NAME + "\"}}}"));
            failures.add(assertThrows(SdkClientException.class, () -> client.describeAppInstance(r -> r
                    .appInstanceArn(SECRET_TOKEN))));
        }
        synchronized (logged) {
            assertFalse(logged.isEmpty(), "retries are logged");
            for (LogRecord record : logged) {
                assertClean(record.getMessage() + " " + record.getThrown());
            }
        }
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertClean(t.getMessage());
                assertClean(t.toString());
            }
        }
    }

    private static void assertClean(String text) {
        for (String secret : List.of(SECRET_NAME, SECRET_METADATA, SECRET_TOKEN, ChimeTestClients.SECRET_KEY,
                ChimeTestClients.SESSION_TOKEN)) {
            assertFalse(String.valueOf(text).contains(secret), "a sensitive value leaked: " + text);
        }
    }
}
