package io.shapegen.generator.docs;

/** The docs cannot be generated: a template fails, or two headings or pages would get the same anchor or path. */
public final class DocsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, where, and what to do */
    public DocsException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, where, and what to do
     * @param cause the underlying failure
     */
    public DocsException(String message, Throwable cause) {
        super(message, cause);
    }
}
