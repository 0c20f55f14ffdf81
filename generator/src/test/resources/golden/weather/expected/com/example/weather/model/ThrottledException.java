package com.example.weather.model;

import io.shapegen.runtime.AwsErrorDetails;
import javax.annotation.processing.Generated;

@Generated("io.shapegen")
public final class ThrottledException extends WeatherException {
    private static final long serialVersionUID = 1L;

    /**
     * The error code that identifies this error on the wire.
     */
    public static final String ERROR_CODE = "Throttled";

    private ThrottledException(Builder builder) {
        super(builder.errorDetails());
    }

    /**
     * @return a new builder, with every member unset
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link ThrottledException} objects. Not thread-safe.
     */
    public static final class Builder {
        private int statusCode;

        private String message = "";

        private String requestId = "";

        private Builder() {
        }

        /**
         * @param statusCode the HTTP status code of the response
         * @return this builder
         */
        public Builder statusCode(int statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /**
         * @param message the message the service sent
         * @return this builder
         */
        public Builder message(String message) {
            this.message = message == null ? "" : message;
            return this;
        }

        /**
         * @param requestId the request id the service assigned
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId == null ? "" : requestId;
            return this;
        }

        private AwsErrorDetails errorDetails() {
            return new AwsErrorDetails(statusCode, ERROR_CODE, message, requestId);
        }

        /**
         * @return a new {@link ThrottledException} with this builder's values
         */
        public ThrottledException build() {
            return new ThrottledException(this);
        }
    }
}
