package io.shapegen.runtime.region;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides the endpoint of a service: an explicit override wins, else
 * {@code https://{endpointPrefix}.{region}.{dnsSuffix}}, for example
 * {@code https://identity-chime.us-east-1.amazonaws.com}.
 */
public final class EndpointResolver {
    private EndpointResolver() {
    }

    /**
     * @param endpointPrefix the model's {@code endpointPrefix}, for example {@code identity-chime}
     * @param region the client's region
     * @param override an endpoint given in code, which wins
     * @return the endpoint URI, without a trailing slash unless the override has a path
     * @throws IllegalArgumentException if the override is not an absolute http(s) URI with a host
     */
    public static URI resolve(String endpointPrefix, Region region, Optional<URI> override) {
        Objects.requireNonNull(endpointPrefix, "endpointPrefix");
        Objects.requireNonNull(region, "region");
        if (override.isPresent()) {
            return checkOverride(override.get());
        }
        return URI.create("https://" + endpointPrefix + "." + region.id() + "." + region.dnsSuffix());
    }

    /**
     * @param endpoint an endpoint given in code
     * @return the same endpoint, once checked
     * @throws IllegalArgumentException if it is not an absolute http(s) URI with a host, or has a query or fragment
     */
    public static URI checkOverride(URI endpoint) {
        String scheme = endpoint.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || endpoint.getHost() == null) {
            throw new IllegalArgumentException("endpointOverride '" + endpoint + "' is not an absolute http or https"
                    + " URI with a host; give one such as https://localhost:4566.");
        }
        if (endpoint.getRawUserInfo() != null) {
            throw new IllegalArgumentException("endpointOverride for host " + endpoint.getHost() + " carries user"
                    + " information before '@'; give the endpoint without it (credentials come from the credentials"
                    + " provider).");
        }
        if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            throw new IllegalArgumentException("endpointOverride '" + endpoint.getScheme() + "://"
                    + endpoint.getRawAuthority() + endpoint.getRawPath() + "' has a query or fragment; give the"
                    + " endpoint without them.");
        }
        return endpoint;
    }
}
