package io.shapegen.model.shape;

import java.util.Optional;

/** Where a member travels in an HTTP request or response ({@code location}). */
public enum MemberLocation {
    /** In the body (no {@code location} given). */
    BODY(""),
    /** A {@code {label}} of the request URI. */
    URI("uri"),
    /** A query-string parameter. */
    QUERY_STRING("querystring"),
    /** One HTTP header. */
    HEADER("header"),
    /** A map of headers sharing a name prefix. */
    HEADERS("headers"),
    /** The HTTP status code of the response. */
    STATUS_CODE("statusCode");

    private final String modelName;

    MemberLocation(String modelName) {
        this.modelName = modelName;
    }

    /** @return the name the model uses ({@code ""} for the body) */
    public String modelName() {
        return modelName;
    }

    /** @param name a model name @return the location, if the name is known */
    public static Optional<MemberLocation> fromModelName(String name) {
        for (MemberLocation location : values()) {
            if (location.modelName.equals(name)) {
                return Optional.of(location);
            }
        }
        return Optional.empty();
    }
}
