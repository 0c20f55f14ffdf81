package io.shapegen.runtime;

import java.util.Objects;

/**
 * The service received the request and answered with an error. Each generated service has a
 * subclass of this type, and each error the model declares has a subclass of that.
 */
public class AwsServiceException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final AwsErrorDetails details;

    /**
     * Creates a service error from what the service said.
     *
     * @param details the status code, error code, message and request id of the response
     */
    public AwsServiceException(AwsErrorDetails details) {
        super(describe(Objects.requireNonNull(details, "details")), null);
        this.details = details;
    }

    /** @return the HTTP status code of the response */
    public int statusCode() {
        return details.statusCode();
    }

    /** @return the error code the service sent, for example {@code NotFoundException} */
    public String errorCode() {
        return details.errorCode();
    }

    /** @return the message the service sent, or an empty string */
    public String errorMessage() {
        return details.errorMessage();
    }

    /** @return the request id the service assigned, or an empty string; quote it to AWS support */
    public String requestId() {
        return details.requestId();
    }

    /** @return every detail of the error response */
    public AwsErrorDetails errorDetails() {
        return details;
    }

    private static String describe(AwsErrorDetails details) {
        StringBuilder text = new StringBuilder();
        text.append(details.errorMessage().isEmpty() ? details.errorCode() : details.errorMessage());
        text.append(" (Status Code: ").append(details.statusCode());
        text.append(", Error Code: ").append(details.errorCode());
        text.append(", Request ID: ").append(details.requestId()).append(')');
        return text.toString();
    }
}
