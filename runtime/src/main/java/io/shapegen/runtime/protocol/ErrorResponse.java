package io.shapegen.runtime.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.shapegen.runtime.AwsErrorDetails;
import io.shapegen.runtime.http.HttpResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What a rest-json or json error response says: error code, message and request id.
 * <ul>
 *   <li>code: header {@code X-Amzn-ErrorType}, else body {@code __type}, else body {@code code} or
 *       {@code Code}; a namespace ({@code aws.protocoltests#FooError}) and a {@code :} suffix
 *       ({@code FooError:http://...}) are dropped;</li>
 *   <li>message: body {@code message}, {@code Message} or {@code errorMessage};</li>
 *   <li>request id: header {@code x-amzn-RequestId}, {@code x-amz-request-id} or {@code x-amz-id-2}.</li>
 * </ul>
 *
 * @param errorCode the error code, or an empty string when the response has none
 * @param errorMessage the message, or an empty string
 * @param requestId the request id, or an empty string
 */
public record ErrorResponse(String errorCode, String errorMessage, String requestId) {
    private static final List<String> REQUEST_ID_HEADERS = List.of("x-amzn-RequestId", "x-amz-request-id", "x-amz-id-2");

    /**
     * @param response a non-2xx response
     * @return what it says
     * @throws IOException (a {@link com.fasterxml.jackson.core.JsonProcessingException}) if the body is not empty
     *     and not a JSON value
     */
    public static ErrorResponse parse(HttpResponse response) throws IOException {
        String message = "";
        String typeField = "";
        String codeField = "";
        byte[] body = response.body();
        if (!isBlank(body)) {
            try (JsonParser parser = SharedJsonFactory.get().createParser(body)) {
                JsonToken first = parser.nextToken();
                if (first == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = parser.currentName();
                        JsonToken value = parser.nextToken();
                        if (value == JsonToken.VALUE_STRING) {
                            switch (field) {
                                case "__type" -> typeField = parser.getText();
                                case "code", "Code" -> codeField = codeField.isEmpty() ? parser.getText() : codeField;
                                case "message", "Message", "errorMessage" ->
                                        message = message.isEmpty() ? parser.getText() : message;
                                default -> { }
                            }
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
                if (parser.nextToken() != null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(parser,
                            "Unexpected content after the JSON value.");
                }
            }
        }
        Optional<String> header = response.headers().firstValue("X-Amzn-ErrorType");
        String code = header.isPresent() && !header.get().isBlank() ? header.get()
                : !typeField.isEmpty() ? typeField : codeField;
        return new ErrorResponse(sanitizeCode(code), message, requestId(response));
    }

    /**
     * @param code an error code as sent, for example {@code aws.protocoltests#FooError:http://internal/}
     * @return the bare name, for example {@code FooError}
     */
    public static String sanitizeCode(String code) {
        String bare = code.trim();
        int colon = bare.indexOf(':');
        if (colon >= 0) {
            bare = bare.substring(0, colon);
        }
        int hash = bare.lastIndexOf('#');
        if (hash >= 0) {
            bare = bare.substring(hash + 1);
        }
        return bare.trim();
    }

    /**
     * @param response any response
     * @return the request id the service assigned, or an empty string
     */
    public static String requestId(HttpResponse response) {
        for (String name : REQUEST_ID_HEADERS) {
            Optional<String> value = response.headers().firstValue(name);
            if (value.isPresent() && !value.get().isBlank()) {
                return value.get().trim();
            }
        }
        return "";
    }

    /**
     * @param statusCode the response's status code
     * @return the details for an {@link io.shapegen.runtime.AwsServiceException}; when the service sent neither
     *     code nor message, the message says so
     */
    public AwsErrorDetails toDetails(int statusCode) {
        String text = errorCode.isEmpty() && errorMessage.isEmpty()
                ? "The service answered HTTP " + statusCode + " without an error code or message." : errorMessage;
        return new AwsErrorDetails(statusCode, errorCode, text, requestId);
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
