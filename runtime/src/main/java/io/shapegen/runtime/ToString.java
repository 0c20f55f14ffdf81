package io.shapegen.runtime;

/**
 * Builds the {@code toString()} text of generated model classes: {@code Name(Member=value, ...)},
 * leaving out absent members and redacting sensitive ones.
 */
public final class ToString {
    /** What a sensitive member's value is printed as. */
    public static final String REDACTED = "*** Sensitive Data Redacted ***";

    private final StringBuilder text;
    private boolean first = true;

    private ToString(String typeName) {
        this.text = new StringBuilder(typeName).append('(');
    }

    /**
     * @param typeName the simple name of the class being printed
     * @return a builder for that class's text
     */
    public static ToString builder(String typeName) {
        return new ToString(typeName);
    }

    /**
     * Adds a member, unless its value is {@code null}.
     *
     * @param memberName the member's name in the model
     * @param value the member's value
     * @return this builder
     */
    public ToString add(String memberName, Object value) {
        if (value != null) {
            separator().append(memberName).append('=').append(value);
        }
        return this;
    }

    /**
     * Adds a sensitive member: its presence is shown, its value never is.
     *
     * @param memberName the member's name in the model
     * @param value the member's value, only checked for {@code null}
     * @return this builder
     */
    public ToString addSensitive(String memberName, Object value) {
        if (value != null) {
            separator().append(memberName).append('=').append(REDACTED);
        }
        return this;
    }

    /** @return the finished text */
    public String build() {
        return text.append(')').toString();
    }

    private StringBuilder separator() {
        if (!first) {
            text.append(", ");
        }
        first = false;
        return text;
    }
}
