package com.example.weather.model;

import io.shapegen.runtime.AwsErrorDetails;
import javax.annotation.processing.Generated;

/**
 * No city has that id.
 */
@Generated("io.shapegen")
public final class NoSuchCityException extends WeatherException {
    private static final long serialVersionUID = 1L;

    /**
     * The error code that identifies this error on the wire.
     */
    public static final String ERROR_CODE = "NoSuchCityException";

    private final transient String cityId;

    private NoSuchCityException(Builder builder) {
        super(builder.errorDetails());
        this.cityId = builder.cityId;
    }

    /**
     *
     * @return the {@code CityId} member, {@code null} when absent
     */
    public String cityId() {
        return this.cityId;
    }

    /**
     * @return a new builder, with every member unset
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link NoSuchCityException} objects. Not thread-safe.
     */
    public static final class Builder {
        private int statusCode;

        private String message = "";

        private String requestId = "";

        private String cityId;

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

        /**
         *
         * @param cityId the {@code CityId} member
         * @return this builder
         */
        public Builder cityId(String cityId) {
            this.cityId = cityId;
            return this;
        }

        private AwsErrorDetails errorDetails() {
            return new AwsErrorDetails(statusCode, ERROR_CODE, message, requestId);
        }

        /**
         * @return a new {@link NoSuchCityException} with this builder's values
         */
        public NoSuchCityException build() {
            return new NoSuchCityException(this);
        }
    }
}
