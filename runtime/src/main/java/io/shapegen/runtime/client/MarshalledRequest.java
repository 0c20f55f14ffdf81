package io.shapegen.runtime.client;

import io.shapegen.runtime.http.HttpHeaders;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An operation's input turned into HTTP parts by a generated marshaller, before endpoint, signing
 * and retries. Immutable.
 *
 * @param operationName the operation's name in the model, for example {@code CreateAppInstance}
 * @param method the HTTP method
 * @param encodedPath the path with its labels already percent-encoded; may end with a literal
 *     {@code ?query} taken from the model's {@code requestUri}
 * @param queryParameters unencoded query parameters in order; keys may repeat
 * @param headers the headers the input maps to
 * @param body the body; empty for none
 * @param hostPrefix the operation's host prefix, labels already filled in; empty if none
 */
public record MarshalledRequest(String operationName, String method, String encodedPath,
        List<Map.Entry<String, String>> queryParameters, HttpHeaders headers, byte[] body, String hostPrefix) {
    /** Validates and copies the components. */
    public MarshalledRequest {
        Objects.requireNonNull(operationName, "operationName");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(encodedPath, "encodedPath");
        if (!encodedPath.startsWith("/")) {
            throw new IllegalArgumentException("The path of " + operationName + " is '" + encodedPath
                    + "'; a request path starts with '/'.");
        }
        List<Map.Entry<String, String>> copy = new ArrayList<>(queryParameters.size());
        for (Map.Entry<String, String> parameter : queryParameters) {
            copy.add(new AbstractMap.SimpleImmutableEntry<>(Objects.requireNonNull(parameter.getKey(), "query key"),
                    Objects.requireNonNull(parameter.getValue(), () -> "value of query parameter " + parameter.getKey())));
        }
        queryParameters = List.copyOf(copy);
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body.clone();
        Objects.requireNonNull(hostPrefix, "hostPrefix");
    }

    /** @return a copy of the body */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarshalledRequest that && operationName.equals(that.operationName)
                && method.equals(that.method) && encodedPath.equals(that.encodedPath)
                && queryParameters.equals(that.queryParameters) && headers.equals(that.headers)
                && java.util.Arrays.equals(body, that.body) && hostPrefix.equals(that.hostPrefix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operationName, method, encodedPath, queryParameters, headers, hostPrefix)
                * 31 + java.util.Arrays.hashCode(body);
    }

    /** @return operation, method, path and sizes; no query values or body, which may hold sensitive members */
    @Override
    public String toString() {
        return "MarshalledRequest(" + operationName + ", " + method + " " + encodedPath + ", "
                + queryParameters.size() + " query parameters, headers=" + headers.names() + ", body=" + body.length
                + " bytes, hostPrefix=" + hostPrefix + ")";
    }
}
