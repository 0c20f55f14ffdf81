package io.shapegen.generator.docs;

import java.util.List;

/** The docs cannot be generated: a template fails, or two headings or pages would get the same anchor or path. */
public final class DocsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The names that collide, for a collision; empty otherwise. Not serialized: a diagnostic only. */
    private final transient List<String> collidingNames;

    /** @param message what is wrong, where, and what to do */
    public DocsException(String message) {
        super(message);
        this.collidingNames = List.of();
    }

    /**
     * @param message what is wrong, where, and what to do
     * @param cause the underlying failure
     */
    public DocsException(String message, Throwable cause) {
        super(message, cause);
        this.collidingNames = List.of();
    }

    /**
     * A collision of two headings or pages.
     *
     * @param message what is wrong, where, and what to do
     * @param collidingNames the two names (heading texts or page names) that collide
     */
    public DocsException(String message, List<String> collidingNames) {
        super(message);
        this.collidingNames = List.copyOf(collidingNames);
    }

    /** @return the names that collide, when this is a collision; empty otherwise */
    public List<String> collidingNames() {
        return collidingNames == null ? List.of() : collidingNames;
    }
}
