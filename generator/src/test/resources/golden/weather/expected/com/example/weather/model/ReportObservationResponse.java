package com.example.weather.model;

import io.shapegen.runtime.ToString;
import javax.annotation.processing.Generated;

@Generated("io.shapegen")
public final class ReportObservationResponse {
    private ReportObservationResponse(Builder builder) {
    }

    /**
     * @return a new builder, with every member unset
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this object's values, to make a changed copy
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportObservationResponse;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        ToString text = ToString.builder("ReportObservationResponse");
        return text.build();
    }

    /**
     * Builds {@link ReportObservationResponse} objects. Not thread-safe.
     */
    public static final class Builder {
        private Builder() {
        }

        private Builder(ReportObservationResponse model) {
        }

        /**
         * @return a new immutable {@link ReportObservationResponse} with this builder's values
         */
        public ReportObservationResponse build() {
            return new ReportObservationResponse(this);
        }
    }
}
