package io.shapegen.runtime.client;

import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.http.HttpRequest;
import io.shapegen.runtime.protocol.PercentEncoding;
import java.net.URI;
import java.util.Set;

/**
 * Turns a marshalled request into the HTTP request to sign: endpoint and host prefix, path and query,
 * and the headers every request carries ({@code Host}, {@code User-Agent}, {@code Content-Length}, and
 * for the json protocol {@code Content-Type} and {@code X-Amz-Target}).
 */
final class RequestAssembler {
    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final ServiceInfo service;
    private final URI endpoint;

    RequestAssembler(ServiceInfo service, URI endpoint) {
        this.service = service;
        this.endpoint = endpoint;
    }

    HttpRequest assemble(MarshalledRequest request) {
        String host = request.hostPrefix().concat(endpoint.getHost());
        int port = endpoint.getPort();
        String scheme = endpoint.getScheme().toLowerCase(java.util.Locale.ROOT);
        boolean defaultPort = port < 0 || port == (scheme.equals("https") ? 443 : 80);
        String hostHeader = defaultPort ? host : host + ":" + port;

        String path = request.encodedPath();
        String literalQuery = "";
        int question = path.indexOf('?');
        if (question >= 0) {
            literalQuery = path.substring(question + 1);
            path = path.substring(0, question);
        }
        String basePath = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        if (basePath.endsWith("/")) {
            basePath = basePath.substring(0, basePath.length() - 1);
        }
        String query = PercentEncoding.encodeQuery(request.queryParameters());
        if (!literalQuery.isEmpty()) {
            query = query.isEmpty() ? literalQuery : literalQuery + "&" + query;
        }
        // String.join sizes the result once; this runs on every request (the runtime compiles '+' to StringBuilder).
        String text = String.join("", scheme, "://", hostHeader, basePath, path, query.isEmpty() ? "" : "?", query);
        URI uri;
        try {
            uri = new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("The request URI of " + request.operationName() + " is not valid ("
                    + e.getReason() + " at index " + e.getIndex() + "); path labels and query parameters must be"
                    + " percent-encoded by the marshaller. This is a bug in the generated code.", e);
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
        if (service.protocol().equals("json")) {
            headers.setIfAbsent("Content-Type", "application/x-amz-json-" + service.jsonVersion());
            headers.setIfAbsent("X-Amz-Target", service.targetPrefix().isEmpty() ? request.operationName()
                    : service.targetPrefix() + "." + request.operationName());
        }
        return HttpRequest.builder().method(request.method()).uri(uri).headers(headers.build()).body(request.body())
                .build();
    }
}
