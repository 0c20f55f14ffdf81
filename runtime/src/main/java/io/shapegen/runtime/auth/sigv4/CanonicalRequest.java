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

/**
 * The SigV4 canonical request: method, canonical path, canonical query, canonical headers, signed
 * header names and payload hash, one per line. What it contains is what the signature covers.
 */
public final class CanonicalRequest {
    /** Headers never signed: they are added or changed on the way (by proxies, the transport, tracing). */
    private static final Set<String> UNSIGNED_HEADERS =
            Set.of("authorization", "user-agent", "x-amzn-trace-id", "expect", "connection", "transfer-encoding");

    /** The header names of every signed request, as the runtime spells them, in lower case. */
    private static final Map<String, String> LOWER_CASE_NAMES = Map.of("Host", "host", "X-Amz-Date", "x-amz-date",
            "Content-Type", "content-type", "Content-Length", "content-length", "X-Amz-Target", "x-amz-target",
            "X-Amz-Security-Token", "x-amz-security-token", "User-Agent", "user-agent", "Content-MD5", "content-md5");

    private final String method;
    private final String path;
    private final String query;
    private final String[] names;
    private final String[] values;
    private final int count;
    private final String signedHeaders;
    private final String payloadHash;
    /** Made on first request only: signing streams the text into the digest without building it. */
    private String text;

    private CanonicalRequest(String method, String path, String query, String[] names, String[] values, int count,
            String signedHeaders, String payloadHash) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.names = names;
        this.values = values;
        this.count = count;
        this.signedHeaders = signedHeaders;
        this.payloadHash = payloadHash;
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
        // Lower-cased names and trimmed values, sorted by name (stable, so a repeated header keeps its order).
        int size = headers.size();
        String[] names = new String[size];
        String[] values = new String[size];
        int count = 0;
        for (int h = 0; h < size; h++) {
            String name = lowerCase(headers.name(h));
            if (UNSIGNED_HEADERS.contains(name)) {
                continue;
            }
            String value = trimAll(headers.value(h));
            int at = count++;
            while (at > 0 && names[at - 1].compareTo(name) > 0) {
                names[at] = names[at - 1];
                values[at] = values[at - 1];
                at--;
            }
            names[at] = name;
            values[at] = value;
        }
        StringBuilder signed = new StringBuilder(16 * count);
        for (int i = 0; i < count; i++) {
            if (i == 0 || !names[i].equals(names[i - 1])) {
                signed.append(i == 0 ? "" : ";").append(names[i]);
            }
        }
        return new CanonicalRequest(method, path, canonicalQuery(rawQuery), names, values, count, signed.toString(),
                payloadHash);
    }

    /** @return the name in lower case; the names every request carries without allocating */
    private static String lowerCase(String name) {
        String known = LOWER_CASE_NAMES.get(name);
        return known != null ? known : name.toLowerCase(Locale.ROOT);
    }

    /** @return the canonical request text, lines joined by {@code \n} */
    public String text() {
        if (text == null) {
            StringBuilder out = new StringBuilder(256 + 64 * count);
            writeTo(out);
            text = out.toString();
        }
        return text;
    }

    /** @return the signed header names, lower case, sorted, joined by {@code ;} */
    public String signedHeaders() {
        return signedHeaders;
    }

    /** @return the hex SHA-256 of the text, as it appears in the string to sign */
    public String hash() {
        Sha256.Text digest = Sha256.text();
        writeTo(digest);
        return digest.hex();
    }

    /** Writes the text: method, path, query, one line per header (values of a repeated one joined by commas), etc. */
    private void writeTo(Appendable out) {
        try {
            out.append(method).append('\n').append(path).append('\n').append(query).append('\n');
            for (int i = 0; i < count; i++) {
                if (i > 0 && names[i].equals(names[i - 1])) {
                    out.append(',').append(values[i]);
                    continue;
                }
                if (i > 0) {
                    out.append('\n');
                }
                out.append(names[i]).append(':').append(values[i]);
            }
            if (count > 0) {
                out.append('\n');
            }
            out.append('\n').append(signedHeaders).append('\n').append(payloadHash);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Neither a StringBuilder nor a digest fails to append", e);
        }
    }

    /** @return the method, path and signed header names only (the text may hold a session token) */
    @Override
    public String toString() {
        return "CanonicalRequest(" + method + " " + path + ", signedHeaders=" + signedHeaders + ")";
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
        if (isNormal(path)) {
            return path;
        }
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

    /** @return whether the path starts with {@code /} and has no empty, {@code .} or {@code ..} segment */
    private static boolean isNormal(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        int segmentStart = 1;
        for (int i = 1; i <= path.length(); i++) {
            if (i < path.length() && path.charAt(i) != '/') {
                continue;
            }
            int length = i - segmentStart;
            boolean last = i == path.length();
            if (length == 0 && !last
                    || length == 1 && path.charAt(segmentStart) == '.'
                    || length == 2 && path.charAt(segmentStart) == '.' && path.charAt(segmentStart + 1) == '.') {
                return false;
            }
            segmentStart = i + 1;
        }
        return true;
    }

    /** Trims the value and folds each run of spaces and tabs into one space. */
    private static String trimAll(String value) {
        if (isTrimmed(value)) {
            return value;
        }
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

    /** @return whether {@link #trimAll} would return the value unchanged */
    private static boolean isTrimmed(String value) {
        boolean previousSpace = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == ' ' && previousSpace) {
                return false;
            }
            previousSpace = c == ' ';
        }
        return !previousSpace || value.isEmpty();
    }
}
