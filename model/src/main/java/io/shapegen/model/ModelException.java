package io.shapegen.model;

/**
 * A model that cannot be used, with where and why: the source, the JSON pointer into it, the line and
 * column, what is wrong and what to do. Its message is meant for the user as it is.
 */
public final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final String pointer;
    private final int line;
    private final int column;
    private final String problem;
    private final String remedy;

    /**
     * @param sourceName the input's name, as in {@link ModelSource#name()}
     * @param pointer the RFC 6901 JSON pointer of the offending value ({@code ""} for the whole document)
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param problem what is wrong, as a sentence
     * @param remedy what to do about it, as a sentence
     */
    public ModelException(String sourceName, String pointer, int line, int column, String problem, String remedy) {
        super(format(sourceName, pointer, line, column, problem, remedy));
        this.sourceName = sourceName;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.remedy = remedy;
    }

    /**
     * @param position where the offending value is
     * @param problem what is wrong, as a sentence
     * @param remedy what to do about it, as a sentence
     */
    public ModelException(ModelPosition position, String problem, String remedy) {
        this(position.sourceName(), position.pointer(), position.line(), position.column(), problem, remedy);
    }

    private static String format(String source, String pointer, int line, int column, String problem, String remedy) {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (!pointer.isEmpty()) {
            text.append("at ").append(pointer).append(": ");
        }
        return text.append(problem).append(' ').append(remedy).toString();
    }

    /** @return the input's name */
    public String sourceName() {
        return sourceName;
    }

    /** @return the JSON pointer of the offending value, {@code ""} for the whole document */
    public String pointer() {
        return pointer;
    }

    /** @return the 1-based line, or 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column, or 0 when unknown */
    public int column() {
        return column;
    }

    /** @return what is wrong */
    public String problem() {
        return problem;
    }

    /** @return what to do about it */
    public String remedy() {
        return remedy;
    }
}
