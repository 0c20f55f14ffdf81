package io.shapegen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.shapegen.runtime.AwsErrorDetails;
import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.http.HttpResponse;
import io.shapegen.runtime.testing.ConformanceDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ErrorResponseTest {
    private static HttpResponse response(int status, HttpHeaders headers, String body) {
        return new HttpResponse(status, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headerWinsOverBodyAndNamespaceAndSuffixAreDropped() throws IOException {
        ErrorResponse error = ErrorResponse.parse(response(400,
                HttpHeaders.builder().add("X-Amzn-ErrorType", "aws.protocoltests#FooError:http://internal/")
                        .add("x-amzn-RequestId", "req-1").build(),
                "{\"__type\":\"Other\",\"message\":\"m\"}"));

        assertEquals(new ErrorResponse("FooError", "m", "req-1"), error);
    }

    @Test
    void bodyFieldsInOrderOfPrecedence() throws IOException {
        assertEquals("TypeError", ErrorResponse.parse(response(400, HttpHeaders.empty(),
                "{\"code\":\"CodeError\",\"__type\":\"ns#TypeError\"}")).errorCode());
        assertEquals("CodeError", ErrorResponse.parse(response(400, HttpHeaders.empty(),
                "{\"Code\":\"CodeError\",\"Message\":\"upper\",\"nested\":{\"__type\":\"x\"}}")).errorCode());
        assertEquals("from errorMessage", ErrorResponse.parse(response(400, HttpHeaders.empty(),
                "{\"errorMessage\":\"from errorMessage\"}")).errorMessage());
    }

    @Test
    void requestIdHeadersInOrder() throws IOException {
        assertEquals("amz", ErrorResponse.parse(response(500, HttpHeaders.builder().add("x-amz-id-2", "id2")
                .add("x-amz-request-id", "amz").build(), "")).requestId());
        assertEquals("id2", ErrorResponse.parse(response(500, HttpHeaders.builder().add("x-amz-id-2", "id2").build(),
                null)).requestId());
    }

    @Test
    void emptyBodyGivesAnExplainingMessage() throws IOException {
        AwsErrorDetails details = ErrorResponse.parse(response(503, HttpHeaders.empty(), "")).toDetails(503);

        assertEquals("", details.errorCode());
        assertEquals("The service answered HTTP 503 without an error code or message.", details.errorMessage());
    }

    @Test
    void malformedBodyIsAJsonError() {
        assertThrows(JsonProcessingException.class,
                () -> ErrorResponse.parse(response(500, HttpHeaders.empty(), "<html>Bad Gateway</html>")));
        assertThrows(JsonProcessingException.class,
                () -> ErrorResponse.parse(response(500, HttpHeaders.empty(), "{\"code\":\"X\"")));
    }

    /** Every error case of the rest-json, json and json 1.0 output protocol tests. */
    @TestFactory
    Stream<DynamicTest> protocolTestErrorCases() throws IOException {
        Path output = ConformanceDirectory.require("protocols/output");
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : List.of("rest-json.json", "json.json", "json_1_0.json")) {
            try (JsonParser parser = SharedJsonFactory.get().createParser(Files.readAllBytes(output.resolve(file)))) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    readSuite(parser, file, tests);
                }
            }
        }
        assertEquals(36, tests.size(), "error cases in the three files");
        return tests.stream();
    }

    private static void readSuite(JsonParser parser, String file, List<DynamicTest> tests) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (!field.equals("cases")) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String id = "";
                String errorCode = null;
                String errorMessage = null;
                int status = 0;
                HttpHeaders.Builder headers = HttpHeaders.builder();
                String body = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    switch (name) {
                        case "id" -> id = parser.getText();
                        case "errorCode" -> errorCode = parser.getText();
                        case "errorMessage" -> errorMessage = parser.getText();
                        case "response" -> {
                            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                                String part = parser.currentName();
                                parser.nextToken();
                                switch (part) {
                                    case "status_code" -> status = parser.getIntValue();
                                    case "body" -> body = parser.getText();
                                    case "headers" -> {
                                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                                            String header = parser.currentName();
                                            parser.nextToken();
                                            headers.add(header, parser.getText());
                                        }
                                    }
                                    default -> parser.skipChildren();
                                }
                            }
                        }
                        default -> parser.skipChildren();
                    }
                }
                if (errorCode != null) {
                    String expectedCode = errorCode;
                    String expectedMessage = errorMessage == null ? "" : errorMessage;
                    HttpResponse response = response(status, headers.build(), body);
                    tests.add(DynamicTest.dynamicTest(file + " " + id, () -> {
                        ErrorResponse error = ErrorResponse.parse(response);
                        assertEquals(expectedCode, error.errorCode(), "error code");
                        assertEquals(expectedMessage, error.errorMessage(), "error message");
                    }));
                }
            }
        }
    }
}
