package com.example.weather.model;

import io.shapegen.runtime.ToString;
import java.util.Objects;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

@Generated("io.shapegen")
public final class Station {
    private final String name;

    private final Station parent;

    private Station(Builder builder) {
        this.name = builder.name;
        this.parent = builder.parent;
    }

    /**
     *
     * @return the {@code Name} member, {@code null} when absent
     */
    public String name() {
        return this.name;
    }

    /**
     *
     * @return the {@code Parent} member, {@code null} when absent
     */
    public Station parent() {
        return this.parent;
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
        if (!(other instanceof Station)) {
            return false;
        }
        Station that = (Station) other;
        if (!Objects.equals(this.name, that.name)) {
            return false;
        }
        if (!Objects.equals(this.parent, that.parent)) {
            return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(this.name);
        hash = 31 * hash + Objects.hashCode(this.parent);
        return hash;
    }

    @Override
    public String toString() {
        ToString text = ToString.builder("Station");
        text.add("Name", this.name);
        text.add("Parent", this.parent);
        return text.build();
    }

    /**
     * Builds {@link Station} objects. Not thread-safe.
     */
    public static final class Builder {
        private String name;

        private Station parent;

        private Builder() {
        }

        private Builder(Station model) {
            this.name = model.name;
            this.parent = model.parent;
        }

        /**
         *
         * @param name the {@code Name} member
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         *
         * @param parent the {@code Parent} member
         * @return this builder
         */
        public Builder parent(Station parent) {
            this.parent = parent;
            return this;
        }

        /**
         *
         * @param parent fills a new builder of the {@code Parent} member
         * @return this builder
         */
        public Builder parent(Consumer<Builder> parent) {
            Builder builder = Station.builder();
            parent.accept(builder);
            return parent(builder.build());
        }

        /**
         * @return a new immutable {@link Station} with this builder's values
         */
        public Station build() {
            return new Station(this);
        }
    }
}
