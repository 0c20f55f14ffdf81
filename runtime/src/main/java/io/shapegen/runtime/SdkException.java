package io.shapegen.runtime;

/**
 * Base of every exception a Shapegen-generated client throws.
 *
 * <p>Messages never carry credentials or values of members the model marks {@code sensitive}.
 */
public class SdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message a human can act on.
     *
     * @param message what went wrong and, where possible, what to do about it
     * @param cause the underlying failure, or {@code null}
     */
    public SdkException(String message, Throwable cause) {
        super(message, cause);
    }
}
