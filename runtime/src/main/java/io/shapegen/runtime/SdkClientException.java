package io.shapegen.runtime;

/**
 * A failure on the client side: the request could not be sent, or the response could not be read.
 * The service may or may not have processed the request.
 */
public class SdkClientException extends SdkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a client-side failure.
     *
     * @param message what went wrong and what to do about it
     * @param cause the underlying failure, or {@code null}
     */
    public SdkClientException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates a client-side failure without an underlying cause.
     *
     * @param message what went wrong and what to do about it
     */
    public SdkClientException(String message) {
        super(message, null);
    }
}
