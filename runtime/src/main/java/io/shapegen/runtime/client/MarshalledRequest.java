package io.shapegen.runtime.client;

import io.shapegen.runtime.http.HttpHeaders;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An operation's input turned into HTTP parts by a generated marshaller, before endpoint, signing
 * and retries. Immutable; generated marshallers build one with {@link #builder}.
 */
public final class MarshalledRequest {
    private static final byte[] NO_BODY = new byte[0];

    private final String operationName;
    private final String method;
    private final String encodedPath;
    private final List<Map.Entry<String, String>> queryParameters;
    private final HttpHeaders headers;
    private final byte[] body;
    private final String hostPrefix;

    /**
     * Validates and copies the components.
     *
     * @param operationName the operation's name in the model, for example {@code CreateAppInstance}
     * @param method the HTTP method
     * @param encodedPath the path with its labels already percent-encoded; may end with a literal
     *     {@code ?query} taken from the model's {@code requestUri}
     * @param queryParameters unencoded query parameters in order; keys may repeat
     * @param headers the headers the input maps to
     * @param body the body, copied; {@code null} or empty for none
     * @param hostPrefix the operation's host prefix, labels already filled in; empty if none
     */
    public MarshalledRequest(String operationName, String method, String encodedPath,
            List<Map.Entry<String, String>> queryParameters, HttpHeaders headers, byte[] body, String hostPrefix) {
        this(operationName, method, encodedPath, copyOf(queryParameters), headers,
                body == null || body.length == 0 ? NO_BODY : body.clone(), hostPrefix, true);
    }

    /** Takes the components as they are: the builder hands over what it made. */
    private MarshalledRequest(String operationName, String method, String encodedPath,
            List<Map.Entry<String, String>> queryParameters, HttpHeaders headers, byte[] body, String hostPrefix,
            boolean handedOver) {
        Objects.requireNonNull(operationName, "operationName");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(encodedPath, "encodedPath");
        if (!encodedPath.startsWith("/")) {
            throw new IllegalArgumentException("The path of " + operationName + " is '" + encodedPath
                    + "'; a request path starts with '/'.");
        }
        this.operationName = operationName;
        this.method = method;
        this.encodedPath = encodedPath;
        this.queryParameters = queryParameters;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body;
        this.hostPrefix = Objects.requireNonNull(hostPrefix, "hostPrefix");
    }

    /** @return an immutable copy, every key and value checked to be present */
    private static List<Map.Entry<String, String>> copyOf(List<Map.Entry<String, String>> queryParameters) {
        if (queryParameters.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<String, String>> copy = new ArrayList<>(queryParameters.size());
        for (Map.Entry<String, String> parameter : queryParameters) {
            copy.add(new AbstractMap.SimpleImmutableEntry<>(Objects.requireNonNull(parameter.getKey(), "query key"),
                    Objects.requireNonNull(parameter.getValue(), () -> "value of query parameter " + parameter.getKey())));
        }
        return List.copyOf(copy);
    }

    /**
     * @param operationName the operation's name in the model
     * @param method the HTTP method
     * @param encodedPath the path with its labels percent-encoded, possibly ending in a literal {@code ?query}
     * @return a builder with no query parameters, headers, body or host prefix
     */
    public static Builder builder(String operationName, String method, String encodedPath) {
        return new Builder(operationName, method, encodedPath);
    }

    /** @return the operation's name in the model, for example {@code CreateAppInstance} */
    public String operationName() {
        return operationName;
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the path with its labels percent-encoded; may end with a literal {@code ?query} from the model */
    public String encodedPath() {
        return encodedPath;
    }

    /** @return the unencoded query parameters in order; keys may repeat */
    public List<Map.Entry<String, String>> queryParameters() {
        return queryParameters;
    }

    /** @return the headers the input maps to */
    public HttpHeaders headers() {
        return headers;
    }

    /** @return the operation's host prefix, labels already filled in; empty if none */
    public String hostPrefix() {
        return hostPrefix;
    }

    /** @return a copy of the body */
    public byte[] body() {
        return body.clone();
    }

    /** @return the body itself, for the assembler to hand on without a copy; never to be changed */
    byte[] bodyBytes() {
        return body;
    }

    /** @return the number of body bytes, without copying the body */
    public int bodyLength() {
        return body.length;
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

    /** Collects the parts of a {@link MarshalledRequest} in the order a marshaller adds them. Not thread-safe. */
    public static final class Builder {
        private final String operationName;
        private final String method;
        private final String encodedPath;
        private final List<Map.Entry<String, String>> queryParameters = new ArrayList<>();
        private int namedParameters;
        private final HttpHeaders.Builder headers = HttpHeaders.builder();
        private byte[] body;
        private String hostPrefix = "";
        private boolean contentMd5;

        private Builder(String operationName, String method, String encodedPath) {
            this.operationName = operationName;
            this.method = method;
            this.encodedPath = encodedPath;
        }

        /**
         * Adds a query parameter of a member bound to a named parameter; a name may repeat.
         *
         * @param name the unencoded name
         * @param value the unencoded value
         * @return this builder
         */
        public Builder query(String name, String value) {
            queryParameters.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
            namedParameters = queryParameters.size();
            return this;
        }

        /**
         * Adds an entry of a map bound to the query string, unless a member bound to a named parameter
         * ({@link #query}) already set that name: named parameters take precedence. Call it after every
         * {@link #query}.
         *
         * @param name the unencoded name
         * @param value the unencoded value
         * @return this builder
         */
        public Builder queryFromMap(String name, String value) {
            for (int i = 0; i < namedParameters; i++) {
                if (queryParameters.get(i).getKey().equals(name)) {
                    return this;
                }
            }
            queryParameters.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
            return this;
        }

        /**
         * @param name the header name
         * @param value the value; no CR or LF
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.add(name, value);
            return this;
        }

        /**
         * Sets a header unless a member already set it (for example a default {@code Content-Type}).
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder headerIfAbsent(String name, String value) {
            headers.setIfAbsent(name, value);
            return this;
        }

        /**
         * @param body the body, not copied: the caller hands it over
         * @return this builder
         */
        public Builder body(byte[] body) {
            this.body = body;
            return this;
        }

        /**
         * @param hostPrefix the operation's host prefix with its labels filled in, for example {@code foo.bar.}
         * @return this builder
         */
        public Builder hostPrefix(String hostPrefix) {
            this.hostPrefix = hostPrefix;
            return this;
        }

        /**
         * Adds a {@code Content-MD5} header of the final body, for operations the model marks
         * {@code httpChecksumRequired}.
         *
         * @return this builder
         */
        public Builder contentMd5() {
            this.contentMd5 = true;
            return this;
        }

        /** @return the request */
        public MarshalledRequest build() {
            byte[] bytes = body == null || body.length == 0 ? NO_BODY : body;
            if (contentMd5) {
                headers.setIfAbsent("Content-MD5", md5Base64(bytes));
            }
            return new MarshalledRequest(operationName, method, encodedPath, copyOf(queryParameters), headers.build(),
                    bytes, hostPrefix, true);
        }

        private static String md5Base64(byte[] bytes) {
            try {
                return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("This JVM has no MD5 MessageDigest, which every Java platform must"
                        + " provide.", e);
            }
        }
    }
}
