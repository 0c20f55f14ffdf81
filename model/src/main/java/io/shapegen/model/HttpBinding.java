package io.shapegen.model;

/**
 * The {@code http} block of an operation.
 *
 * @param method the HTTP method, upper case
 * @param requestUri the URI template, for example {@code /app-instances/{appInstanceArn}}
 * @param responseCode the status code of a success, 200 when not given
 */
public record HttpBinding(String method, String requestUri, int responseCode) {
    /** The binding of RPC-style protocols (json, query): a POST to the root. */
    public static final HttpBinding RPC_DEFAULT = new HttpBinding("POST", "/", 200);
}
