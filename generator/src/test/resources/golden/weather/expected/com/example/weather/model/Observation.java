package com.example.weather.model;

import io.shapegen.runtime.SdkBytes;
import io.shapegen.runtime.ToString;
import java.util.Objects;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * One observation.
 */
@Generated("io.shapegen")
@SuppressWarnings("deprecation")
public final class Observation {
    private final Double temperature;

    private final String condition;

    private final SdkBytes photo;

    private final Station station;

    private Observation(Builder builder) {
        this.temperature = builder.temperature;
        this.condition = builder.condition;
        this.photo = builder.photo;
        this.station = builder.station;
    }

    /**
     *
     * @return the {@code Temperature} member, {@code null} when absent
     */
    public Double temperature() {
        return this.temperature;
    }

    /**
     * @return the {@code Condition} member exactly as sent, {@code null} when absent
     */
    public String conditionAsString() {
        return this.condition;
    }

    /**
     * A value this SDK version does not know is returned as {@link Condition#UNKNOWN_TO_SDK_VERSION}; {@link #conditionAsString()} returns it as sent.
     *
     * @return the {@code Condition} member, {@code null} when absent
     */
    public Condition condition() {
        return Condition.fromValue(this.condition);
    }

    /**
     *
     * @return the {@code Photo} member, {@code null} when absent
     */
    public SdkBytes photo() {
        return this.photo;
    }

    /**
     *
     * @return the {@code Station} member, {@code null} when absent
     * @deprecated Stations are inferred.
     */
    @Deprecated
    public Station station() {
        return this.station;
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
        if (!(other instanceof Observation)) {
            return false;
        }
        Observation that = (Observation) other;
        if (!Objects.equals(this.temperature, that.temperature)) {
            return false;
        }
        if (!Objects.equals(this.condition, that.condition)) {
            return false;
        }
        if (!Objects.equals(this.photo, that.photo)) {
            return false;
        }
        if (!Objects.equals(this.station, that.station)) {
            return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(this.temperature);
        hash = 31 * hash + Objects.hashCode(this.condition);
        hash = 31 * hash + Objects.hashCode(this.photo);
        hash = 31 * hash + Objects.hashCode(this.station);
        return hash;
    }

    @Override
    public String toString() {
        ToString text = ToString.builder("Observation");
        text.add("Temperature", this.temperature);
        text.add("Condition", this.condition);
        text.add("Photo", this.photo);
        text.add("Station", this.station);
        return text.build();
    }

    /**
     * Builds {@link Observation} objects. Not thread-safe.
     */
    public static final class Builder {
        private Double temperature;

        private String condition;

        private SdkBytes photo;

        private Station station;

        private Builder() {
        }

        private Builder(Observation model) {
            this.temperature = model.temperature;
            this.condition = model.condition;
            this.photo = model.photo;
            this.station = model.station;
        }

        /**
         *
         * @param temperature the {@code Temperature} member
         * @return this builder
         */
        public Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        /**
         *
         * @param condition the {@code Condition} member, as sent on the wire
         * @return this builder
         */
        public Builder condition(String condition) {
            this.condition = condition;
            return this;
        }

        /**
         *
         * @param condition the {@code Condition} member
         * @return this builder
         */
        public Builder condition(Condition condition) {
            this.condition = condition == null ? null : condition.toString();
            return this;
        }

        /**
         *
         * @param photo the {@code Photo} member
         * @return this builder
         */
        public Builder photo(SdkBytes photo) {
            this.photo = photo;
            return this;
        }

        /**
         *
         * @param station the {@code Station} member
         * @return this builder
         * @deprecated Stations are inferred.
         */
        @Deprecated
        public Builder station(Station station) {
            this.station = station;
            return this;
        }

        /**
         *
         * @param station fills a new builder of the {@code Station} member
         * @return this builder
         * @deprecated Stations are inferred.
         */
        @Deprecated
        public Builder station(Consumer<Station.Builder> station) {
            Station.Builder builder = Station.builder();
            station.accept(builder);
            return station(builder.build());
        }

        /**
         * @return a new immutable {@link Observation} with this builder's values
         */
        public Observation build() {
            return new Observation(this);
        }
    }
}
