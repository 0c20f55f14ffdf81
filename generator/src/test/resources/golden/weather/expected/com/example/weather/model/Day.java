package com.example.weather.model;

import io.shapegen.runtime.ToString;
import java.util.Objects;
import javax.annotation.processing.Generated;

@Generated("io.shapegen")
public final class Day {
    private final Double high;

    private final Double low;

    private final String condition;

    private Day(Builder builder) {
        this.high = builder.high;
        this.low = builder.low;
        this.condition = builder.condition;
    }

    /**
     *
     * @return the {@code High} member, {@code null} when absent
     */
    public Double high() {
        return this.high;
    }

    /**
     *
     * @return the {@code Low} member, {@code null} when absent
     */
    public Double low() {
        return this.low;
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
        if (!(other instanceof Day)) {
            return false;
        }
        Day that = (Day) other;
        if (!Objects.equals(this.high, that.high)) {
            return false;
        }
        if (!Objects.equals(this.low, that.low)) {
            return false;
        }
        if (!Objects.equals(this.condition, that.condition)) {
            return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(this.high);
        hash = 31 * hash + Objects.hashCode(this.low);
        hash = 31 * hash + Objects.hashCode(this.condition);
        return hash;
    }

    @Override
    public String toString() {
        ToString text = ToString.builder("Day");
        text.add("High", this.high);
        text.add("Low", this.low);
        text.add("Condition", this.condition);
        return text.build();
    }

    /**
     * Builds {@link Day} objects. Not thread-safe.
     */
    public static final class Builder {
        private Double high;

        private Double low;

        private String condition;

        private Builder() {
        }

        private Builder(Day model) {
            this.high = model.high;
            this.low = model.low;
            this.condition = model.condition;
        }

        /**
         *
         * @param high the {@code High} member
         * @return this builder
         */
        public Builder high(Double high) {
            this.high = high;
            return this;
        }

        /**
         *
         * @param low the {@code Low} member
         * @return this builder
         */
        public Builder low(Double low) {
            this.low = low;
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
         * @return a new immutable {@link Day} with this builder's values
         */
        public Day build() {
            return new Day(this);
        }
    }
}
