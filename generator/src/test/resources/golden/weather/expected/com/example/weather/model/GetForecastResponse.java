package com.example.weather.model;

import io.shapegen.runtime.ToString;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.annotation.processing.Generated;

@Generated("io.shapegen")
public final class GetForecastResponse {
    private final List<Day> days;

    private final Map<String, String> alerts;

    private final List<String> conditions;

    private final Instant issuedAt;

    private GetForecastResponse(Builder builder) {
        this.days = builder.days;
        this.alerts = builder.alerts;
        this.conditions = builder.conditions;
        this.issuedAt = builder.issuedAt;
    }

    /**
     * @return whether the {@code Days} member was set, even to an empty collection
     */
    public boolean hasDays() {
        return this.days != null;
    }

    /**
     * Never {@code null}: empty when absent; {@link #hasDays()} tells the two apart.
     *
     * @return the {@code Days} member
     */
    public List<Day> days() {
        return this.days == null ? List.of() : this.days;
    }

    /**
     * @return whether the {@code Alerts} member was set, even to an empty collection
     */
    public boolean hasAlerts() {
        return this.alerts != null;
    }

    /**
     * Never {@code null}: empty when absent; {@link #hasAlerts()} tells the two apart.
     *
     * @return the {@code Alerts} member
     */
    public Map<String, String> alerts() {
        return this.alerts == null ? Map.of() : this.alerts;
    }

    /**
     * @return the {@code Conditions} member exactly as sent, empty when absent
     */
    public List<String> conditionsAsStrings() {
        return this.conditions == null ? List.of() : this.conditions;
    }

    /**
     * @return whether the {@code Conditions} member was set, even to an empty collection
     */
    public boolean hasConditions() {
        return this.conditions != null;
    }

    /**
     * Never {@code null}: empty when absent; {@link #hasConditions()} tells the two apart.
     *
     * @return the {@code Conditions} member
     */
    public List<Condition> conditions() {
        return this.conditions == null ? List.of() : this.conditions.stream().map(Condition::fromValue).collect(Collectors.toUnmodifiableList());
    }

    /**
     *
     * @return the {@code IssuedAt} member, {@code null} when absent
     */
    public Instant issuedAt() {
        return this.issuedAt;
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
        if (!(other instanceof GetForecastResponse)) {
            return false;
        }
        GetForecastResponse that = (GetForecastResponse) other;
        if (!Objects.equals(this.days, that.days)) {
            return false;
        }
        if (!Objects.equals(this.alerts, that.alerts)) {
            return false;
        }
        if (!Objects.equals(this.conditions, that.conditions)) {
            return false;
        }
        if (!Objects.equals(this.issuedAt, that.issuedAt)) {
            return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(this.days);
        hash = 31 * hash + Objects.hashCode(this.alerts);
        hash = 31 * hash + Objects.hashCode(this.conditions);
        hash = 31 * hash + Objects.hashCode(this.issuedAt);
        return hash;
    }

    @Override
    public String toString() {
        ToString text = ToString.builder("GetForecastResponse");
        text.add("Days", this.days);
        text.add("Alerts", this.alerts);
        text.add("Conditions", this.conditions);
        text.add("IssuedAt", this.issuedAt);
        return text.build();
    }

    /**
     * Builds {@link GetForecastResponse} objects. Not thread-safe.
     */
    public static final class Builder {
        private List<Day> days;

        private Map<String, String> alerts;

        private List<String> conditions;

        private Instant issuedAt;

        private Builder() {
        }

        private Builder(GetForecastResponse model) {
            this.days = model.days;
            this.alerts = model.alerts;
            this.conditions = model.conditions;
            this.issuedAt = model.issuedAt;
        }

        /**
         *
         * @param days the {@code Days} member; copied
         * @return this builder
         */
        public Builder days(Collection<Day> days) {
            this.days = days == null ? null : List.copyOf(days);
            return this;
        }

        /**
         *
         * @param days the {@code Days} member
         * @return this builder
         */
        public Builder days(Day... days) {
            return days(days == null ? null : Arrays.asList(days));
        }

        /**
         *
         * @param alerts the {@code Alerts} member; copied
         * @return this builder
         */
        public Builder alerts(Map<String, String> alerts) {
            this.alerts = alerts == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(alerts));
            return this;
        }

        /**
         *
         * @param conditions the {@code Conditions} member; copied
         * @return this builder
         */
        public Builder conditionsWithStrings(Collection<String> conditions) {
            this.conditions = conditions == null ? null : List.copyOf(conditions);
            return this;
        }

        /**
         *
         * @param conditions the {@code Conditions} member
         * @return this builder
         */
        public Builder conditionsWithStrings(String... conditions) {
            return conditionsWithStrings(conditions == null ? null : Arrays.asList(conditions));
        }

        /**
         *
         * @param conditions the {@code Conditions} member
         * @return this builder
         */
        public Builder conditions(Collection<Condition> conditions) {
            this.conditions = conditions == null ? null : conditions.stream().map(Condition::toString).collect(Collectors.toUnmodifiableList());
            return this;
        }

        /**
         *
         * @param conditions the {@code Conditions} member
         * @return this builder
         */
        public Builder conditions(Condition... conditions) {
            return conditions(conditions == null ? null : Arrays.asList(conditions));
        }

        /**
         *
         * @param issuedAt the {@code IssuedAt} member
         * @return this builder
         */
        public Builder issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        /**
         * @return a new immutable {@link GetForecastResponse} with this builder's values
         */
        public GetForecastResponse build() {
            return new GetForecastResponse(this);
        }
    }
}
