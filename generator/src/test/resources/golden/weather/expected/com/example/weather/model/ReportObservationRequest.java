package com.example.weather.model;

import io.shapegen.runtime.ToString;
import java.util.Objects;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

@Generated("io.shapegen")
public final class ReportObservationRequest {
    private final String cityId;

    private final Observation observation;

    private final String clientToken;

    private final String apiKey;

    private ReportObservationRequest(Builder builder) {
        this.cityId = builder.cityId;
        this.observation = builder.observation;
        this.clientToken = builder.clientToken;
        this.apiKey = builder.apiKey;
    }

    /**
     *
     * @return the {@code CityId} member, {@code null} when absent
     */
    public String cityId() {
        return this.cityId;
    }

    /**
     * One observation.
     *
     * @return the {@code Observation} member, {@code null} when absent
     */
    public Observation observation() {
        return this.observation;
    }

    /**
     *
     * @return the {@code ClientToken} member, {@code null} when absent
     */
    public String clientToken() {
        return this.clientToken;
    }

    /**
     *
     * @return the {@code ApiKey} member, {@code null} when absent
     */
    public String apiKey() {
        return this.apiKey;
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
        if (this == other) {
            return true;
        }
        if (!(other instanceof ReportObservationRequest)) {
            return false;
        }
        ReportObservationRequest that = (ReportObservationRequest) other;
        if (!Objects.equals(this.cityId, that.cityId)) {
            return false;
        }
        if (!Objects.equals(this.observation, that.observation)) {
            return false;
        }
        if (!Objects.equals(this.clientToken, that.clientToken)) {
            return false;
        }
        if (!Objects.equals(this.apiKey, that.apiKey)) {
            return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(this.cityId);
        hash = 31 * hash + Objects.hashCode(this.observation);
        hash = 31 * hash + Objects.hashCode(this.clientToken);
        hash = 31 * hash + Objects.hashCode(this.apiKey);
        return hash;
    }

    @Override
    public String toString() {
        ToString text = ToString.builder("ReportObservationRequest");
        text.add("CityId", this.cityId);
        text.add("Observation", this.observation);
        text.add("ClientToken", this.clientToken);
        text.addSensitive("ApiKey", this.apiKey);
        return text.build();
    }

    /**
     * Builds {@link ReportObservationRequest} objects. Not thread-safe.
     */
    public static final class Builder {
        private String cityId;

        private Observation observation;

        private String clientToken;

        private String apiKey;

        private Builder() {
        }

        private Builder(ReportObservationRequest model) {
            this.cityId = model.cityId;
            this.observation = model.observation;
            this.clientToken = model.clientToken;
            this.apiKey = model.apiKey;
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

        /**
         * One observation.
         *
         * @param observation the {@code Observation} member
         * @return this builder
         */
        public Builder observation(Observation observation) {
            this.observation = observation;
            return this;
        }

        /**
         * One observation.
         *
         * @param observation fills a new builder of the {@code Observation} member
         * @return this builder
         */
        public Builder observation(Consumer<Observation.Builder> observation) {
            Observation.Builder builder = Observation.builder();
            observation.accept(builder);
            return observation(builder.build());
        }

        /**
         *
         * @param clientToken the {@code ClientToken} member
         * @return this builder
         */
        public Builder clientToken(String clientToken) {
            this.clientToken = clientToken;
            return this;
        }

        /**
         *
         * @param apiKey the {@code ApiKey} member
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * @return a new immutable {@link ReportObservationRequest} with this builder's values
         */
        public ReportObservationRequest build() {
            return new ReportObservationRequest(this);
        }
    }
}
