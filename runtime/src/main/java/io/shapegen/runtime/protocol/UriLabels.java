package io.shapegen.runtime.protocol;

import io.shapegen.runtime.SdkClientException;

/**
 * Fills the labels of request paths ({@code /things/{ThingArn}}) and host prefixes
 * ({@code {AccountId}.}) from input members, rejecting values that would change the request's shape.
 */
public final class UriLabels {
    private UriLabels() {
    }

    /**
     * @param value the member's value as text, or {@code null} when unset
     * @param operationName the operation, for the message
     * @param memberName the member, for the message
     * @return the value percent-encoded as one path segment ({@code /} becomes {@code %2F})
     * @throws SdkClientException if the value is unset or empty
     */
    public static String path(String value, String operationName, String memberName) {
        return PercentEncoding.encode(require(value, operationName, memberName, "the request path"));
    }

    /**
     * @param value the member's value as text, or {@code null} when unset
     * @param operationName the operation, for the message
     * @param memberName the member, for the message
     * @return the value percent-encoded, keeping {@code /} so it may span segments ({@code {Key+}})
     * @throws SdkClientException if the value is unset or empty
     */
    public static String greedyPath(String value, String operationName, String memberName) {
        return PercentEncoding.encodeGreedyLabel(require(value, operationName, memberName, "the request path"));
    }

    /**
     * @param value the member's value, or {@code null} when unset
     * @param operationName the operation, for the message
     * @param memberName the member, for the message
     * @return the value, checked to be a host label: letters, digits and hyphens, at most 63 characters
     * @throws SdkClientException if the value is unset, empty or not a host label
     */
    public static String host(String value, String operationName, String memberName) {
        String label = require(value, operationName, memberName, "the endpoint host");
        boolean valid = label.length() <= 63 && label.charAt(0) != '-';
        for (int i = 0; i < label.length() && valid; i++) {
            char c = label.charAt(i);
            valid = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
        }
        if (!valid) {
            throw new SdkClientException(operationName + ": the value of " + memberName + " becomes part of the"
                    + " endpoint host, so it must be 1 to 63 letters, digits or hyphens, not starting with a hyphen.");
        }
        return label;
    }

    private static String require(String value, String operationName, String memberName, String where) {
        if (value == null || value.isEmpty()) {
            throw new SdkClientException(operationName + ": " + memberName + " is " + (value == null ? "not set" : "empty")
                    + ", but it is part of " + where + "; set it to a non-empty value before calling.");
        }
        return value;
    }
}
