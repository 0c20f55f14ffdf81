package io.shapegen.runtime.client;

import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.http.HttpRequest;
import io.shapegen.runtime.protocol.PercentEncoding;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a marshalled request into the HTTP request to sign: endpoint and host prefix, path and query,
 * and the headers every request carries ({@code Host}, {@code User-Agent}, {@code Content-Length}, and
 * for the json protocol {@code Content-Type} and {@code X-Amz-Target}).
 *
 * <p>The endpoint's parts are taken apart once, here; a request without a host prefix whose path and query hold
 * only characters a URI allows there is built from parts, without parsing a {@link URI} for every call.
 */
final class RequestAssembler {
    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final ServiceInfo service;
    private final String scheme;
    private final String endpointHost;
    /** The endpoint's port, or -1 when it is the scheme's default (and left out of URI and Host). */
    private final int port;
    /** {@code :port}, or empty for the scheme's default port. */
    private final String portSuffix;
    /** The Host header of requests without a host prefix. */
    private final String endpointHostHeader;
    /** The endpoint's path without a trailing slash; empty for none. */
    private final String basePath;
    private final boolean json;
    private final String jsonContentType;

    RequestAssembler(ServiceInfo service, URI endpoint) {
        this.service = service;
        this.scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        this.endpointHost = endpoint.getHost();
        int endpointPort = endpoint.getPort();
        boolean defaultPort = endpointPort < 0 || endpointPort == (scheme.equals("https") ? 443 : 80);
        this.port = defaultPort ? -1 : endpointPort;
        this.portSuffix = defaultPort ? "" : ":" + endpointPort;
        this.endpointHostHeader = endpointHost + portSuffix;
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.json = service.protocol().equals("json");
        this.jsonContentType = "application/x-amz-json-" + service.jsonVersion();
    }

    HttpRequest assemble(MarshalledRequest request) {
        String prefix = request.hostPrefix();
        String host = prefix.isEmpty() ? endpointHost : prefix.concat(endpointHost);
        String hostHeader = prefix.isEmpty() ? endpointHostHeader : host.concat(portSuffix);

        String path = request.encodedPath();
        String literalQuery = "";
        int question = path.indexOf('?');
        if (question >= 0) {
            literalQuery = path.substring(question + 1);
            path = path.substring(0, question);
        }
        String query = request.queryParameters().isEmpty() ? "" : PercentEncoding.encodeQuery(request.queryParameters());
        if (!literalQuery.isEmpty()) {
            query = query.isEmpty() ? literalQuery : literalQuery + "&" + query;
        }
        String rawPath = basePath.isEmpty() ? path : basePath.concat(path);

        HttpRequest.Builder http = HttpRequest.builder().method(request.method());
        // A host prefix makes a host name the URI parser may refuse, so such requests are parsed, as are odd characters.
        if (prefix.isEmpty() && UriCharacters.isPath(rawPath) && UriCharacters.isQuery(query)) {
            http.target(scheme, host, port, rawPath, query.isEmpty() ? null : query);
        } else {
            http.uri(parse(request, String.join("", scheme, "://", hostHeader, rawPath, query.isEmpty() ? "" : "?",
                    query)));
        }

        HttpHeaders.Builder headers = request.headers().toBuilder()
                .set("Host", hostHeader)
                .set("User-Agent", UserAgent.VALUE);
        int length = request.bodyLength();
        if (length > 0 || METHODS_WITH_BODY.contains(request.method())) {
            headers.set("Content-Length", Integer.toString(length));
        } else {
            headers.remove("Content-Length");
        }
        if (json) {
            headers.setIfAbsent("Content-Type", jsonContentType);
            headers.setIfAbsent("X-Amz-Target", service.targetPrefix().isEmpty() ? request.operationName()
                    : service.targetPrefix() + "." + request.operationName());
        }
        return http.headers(headers.build()).bodyHandedOver(request.bodyBytes()).build();
    }

    /** Parses a request URI whose characters are not all plainly allowed, reporting what a URI refuses. */
    private static URI parse(MarshalledRequest request, String text) {
        try {
            return new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("The request URI of " + request.operationName() + " is not valid ("
                    + e.getReason() + " at index " + e.getIndex() + "); path labels and query parameters must be"
                    + " percent-encoded by the marshaller. This is a bug in the generated code.", e);
        }
    }
}
