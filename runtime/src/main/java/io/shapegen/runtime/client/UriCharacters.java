package io.shapegen.runtime.client;

/**
 * Which request paths and queries can go into a request without parsing a {@link java.net.URI}:
 * those made only of characters RFC 3986 allows there as they are, and {@code %} followed by two hex digits.
 * Anything else (rare: non-ASCII, a stray {@code %}) is left to {@code java.net.URI} to accept or refuse.
 */
final class UriCharacters {
    /** unreserved, sub-delims, {@code :} and {@code @}: what a path segment may hold besides percent-escapes. */
    private static final boolean[] PATH = new boolean[128];
    private static final boolean[] QUERY = new boolean[128];

    static {
        String plain = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@";
        for (int i = 0; i < plain.length(); i++) {
            PATH[plain.charAt(i)] = true;
            QUERY[plain.charAt(i)] = true;
        }
        PATH['/'] = true;
        QUERY['/'] = true;
        QUERY['?'] = true;
    }

    private UriCharacters() {
    }

    /** @return whether the path is empty or starts with {@code /} and holds only characters allowed as they are */
    static boolean isPath(String path) {
        return path.isEmpty() || path.charAt(0) == '/' && allowed(path, PATH);
    }

    /** @return whether the query (without {@code ?}) holds only characters allowed as they are */
    static boolean isQuery(String query) {
        return allowed(query, QUERY);
    }

    private static boolean allowed(String text, boolean[] table) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= length || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c >= 128 || !table[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }
}
