package io.shapegen.maven.input;

/**
 * An input the plugin cannot use: a missing file or jar entry, an artifact that cannot be resolved, or
 * parameters that contradict each other. The message says what is wrong and what to do, for the user as it is.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and what to do */
    public InputException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and what to do
     * @param cause the underlying failure, shown only with {@code -e}
     */
    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
