package io.shapegen.generator.docs.context;

import java.util.List;

/**
 * A modeled exception, a section of exceptions.md.
 *
 * @param name the exception's simple name
 * @param anchor its anchor in exceptions.md
 * @param href {@code exceptions.md#<anchor>}
 * @param summary the first sentence of its documentation (Markdown)
 * @param documentation its documentation (Markdown)
 * @param errorCode the error code on the wire (Markdown code span)
 * @param httpStatus the HTTP status the service answers with, {@code ""} when the model does not say
 * @param fault {@code client} when the caller is at fault, {@code server} when the service is
 * @param members the members it carries besides the message
 * @param thrownBy the operations that declare it
 */
public record ExceptionView(String name, String anchor, String href, String summary, String documentation,
        String errorCode, String httpStatus, String fault, List<FieldView> members, List<RefView> thrownBy) {
    /** Copies the lists. */
    public ExceptionView {
        members = List.copyOf(members);
        thrownBy = List.copyOf(thrownBy);
    }
}
