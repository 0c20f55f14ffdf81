package com.example.weather.model;

import io.shapegen.runtime.ToString;
import java.util.Objects;
import javax.annotation.processing.Generated;

@Generated("io.shapegen")
public final class GetForecastRequest {
    private final String cityId;

    private final Integer days;

    private final String units;

    private GetForecastRequest(Builder builder) {
        this.cityId = builder.cityId;
        this.days = builder.days;
        this.units = builder.units;
    }

    /**
     * The city.
     *
     * @return the {@code CityId} member, {@code null} when absent
     */
    public String cityId() {
        return this.cityId;
    }

    /**
     *
     * @return the {@code Days} member, {@code null} when absent
     */
    public Integer days() {
        return this.days;
    }

    /**
     * @return the {@code Units} member exactly as sent, {@code null} when absent
     */
    public String unitsAsString() {
        return this.units;
    }

    /**
     * A value this SDK version does not know is returned as {@link Units#UNKNOWN_TO_SDK_VERSION}; {@link #unitsAsString()} returns it as sent.
     *
     * @return the {@code Units} member, {@code null} when absent
     */
    public Units units() {
        return Units.fromValue(this.units);
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
        if (!(other instanceof GetForecastRequest)) {
            return false;
        }
        GetForecastRequest that = (GetForecastRequest) other;
        if (!Objects.equals(this.cityId, that.cityId)) {
            return false;
        }
        if (!Objects.equals(this.days, that.days)) {
            return false;
        }
        if (!Objects.equals(this.units, that.units)) {
            return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(this.cityId);
        hash = 31 * hash + Objects.hashCode(this.days);
        hash = 31 * hash + Objects.hashCode(this.units);
        return hash;
    }

    @Override
    public String toString() {
        ToString text = ToString.builder("GetForecastRequest");
        text.add("CityId", this.cityId);
        text.add("Days", this.days);
        text.add("Units", this.units);
        return text.build();
    }

    /**
     * Builds {@link GetForecastRequest} objects. Not thread-safe.
     */
    public static final class Builder {
        private String cityId;

        private Integer days;

        private String units;

        private Builder() {
        }

        private Builder(GetForecastRequest model) {
            this.cityId = model.cityId;
            this.days = model.days;
            this.units = model.units;
        }

        /**
         * The city.
         *
         * @param cityId the {@code CityId} member
         * @return this builder
         */
        public Builder cityId(String cityId) {
            this.cityId = cityId;
            return this;
        }

        /**
         *
         * @param days the {@code Days} member
         * @return this builder
         */
        public Builder days(Integer days) {
            this.days = days;
            return this;
        }

        /**
         *
         * @param units the {@code Units} member, as sent on the wire
         * @return this builder
         */
        public Builder units(String units) {
            this.units = units;
            return this;
        }

        /**
         *
         * @param units the {@code Units} member
         * @return this builder
         */
        public Builder units(Units units) {
            this.units = units == null ? null : units.toString();
            return this;
        }

        /**
         * @return a new immutable {@link GetForecastRequest} with this builder's values
         */
        public GetForecastRequest build() {
            return new GetForecastRequest(this);
        }
    }
}
