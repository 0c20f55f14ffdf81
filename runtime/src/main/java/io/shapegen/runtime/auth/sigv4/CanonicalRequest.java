package io.shapegen.runtime.auth.sigv4;

import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.protocol.PercentEncoding;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SigV4 canonical request: method, canonical path, canonical query, canonical headers, signed
 * header names and payload hash, one per line. What it contains is what the signature covers.
 */
public final class CanonicalRequest {
    /** Headers never signed: they are added or changed on the way (by proxies, the transport, tracing). */
    private static final Set<String> UNSIGNED_HEADERS =
            Set.of("authorization", "user-agent", "x-amzn-trace-id", "expect", "connection", "transfer-encoding");

    private final String text;
    private final String signedHeaders;

    private CanonicalRequest(String text, String signedHeaders) {
        this.text = text;
        this.signedHeaders = signedHeaders;
    }

    /**
     * @param method the HTTP method
     * @param rawPath the path as sent, already percent-encoded; empty means {@code /}
     * @param rawQuery the query as sent (without {@code ?}), or {@code null}
     * @param headers the headers to sign (those in {@link #UNSIGNED_HEADERS} are skipped)
     * @param payloadHash the hex SHA-256 of the body, or a marker such as {@code UNSIGNED-PAYLOAD}
     * @param normalizePath whether to remove {@code .}, {@code ..} and empty segments from the path
     * @param doubleUrlEncode whether to percent-encode the (already encoded) path once more, as every
     *     service but S3 expects
     * @return the canonical request
     */
    public static CanonicalRequest of(String method, String rawPath, String rawQuery, HttpHeaders headers,
            String payloadHash, boolean normalizePath, boolean doubleUrlEncode) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        if (normalizePath) {
            path = removeDotSegments(path);
        }
        if (doubleUrlEncode) {
            path = PercentEncoding.encodeGreedyLabel(path);
        }
        TreeMap<String, List<String>> canonicalHeaders = new TreeMap<>();
        for (Map.Entry<String, String> header : headers.entries()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!UNSIGNED_HEADERS.contains(name)) {
                canonicalHeaders.computeIfAbsent(name, key -> new ArrayList<>()).add(trimAll(header.getValue()));
            }
        }
        StringBuilder text = new StringBuilder(512);
        text.append(method).append('\n').append(path).append('\n').append(canonicalQuery(rawQuery)).append('\n');
        canonicalHeaders.forEach((name, values) ->
                text.append(name).append(':').append(String.join(",", values)).append('\n'));
        String signedHeaders = String.join(";", canonicalHeaders.keySet());
        text.append('\n').append(signedHeaders).append('\n').append(payloadHash);
        return new CanonicalRequest(text.toString(), signedHeaders);
    }

    /** @return the canonical request text, lines joined by {@code \n} */
    public String text() {
        return text;
    }

    /** @return the signed header names, lower case, sorted, joined by {@code ;} */
    public String signedHeaders() {
        return signedHeaders;
    }

    /** @return the hex SHA-256 of the text, as it appears in the string to sign */
    public String hash() {
        return Sha256.hex(text);
    }

    /** @return the method, path and signed header names only (the text may hold a session token) */
    @Override
    public String toString() {
        return "CanonicalRequest(" + text.substring(0, text.indexOf('\n', text.indexOf('\n') + 1)).replace('\n', ' ')
                + ", signedHeaders=" + signedHeaders + ")";
    }

    /** Sorts the parameters by encoded key, then value, each decoded and re-encoded strictly. */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.add(new AbstractMap.SimpleImmutableEntry<>(
                    PercentEncoding.encode(PercentEncoding.decode(key)),
                    PercentEncoding.encode(PercentEncoding.decode(value))));
        }
        parameters.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> parameter : parameters) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(parameter.getKey()).append('=').append(parameter.getValue());
        }
        return query.toString();
    }

    /** RFC 3986 dot-segment removal, also dropping empty segments; keeps a trailing slash. */
    static String removeDotSegments(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        if (segments.isEmpty()) {
            return "/";
        }
        String normalized = "/" + String.join("/", segments);
        return path.endsWith("/") ? normalized + "/" : normalized;
    }

    /** Trims the value and folds each run of spaces and tabs into one space. */
    private static String trimAll(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
