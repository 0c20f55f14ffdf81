package io.shapegen.generator.docs.context;

import java.util.List;

/**
 * One operation: a method section of client.md and its own page.
 *
 * @param name the operation's model name, for example {@code CreateAppInstance}
 * @param methodName the client method, for example {@code createAppInstance}
 * @param anchor the method's anchor in client.md
 * @param href its page, {@code operations/<methodName>.md}
 * @param summary the first sentence of its documentation (Markdown)
 * @param documentation its whole documentation (Markdown)
 * @param deprecated whether it is deprecated
 * @param deprecation why (Markdown), {@code ""} when not deprecated
 * @param apiUrl the AWS API reference of the operation, {@code ""} when the model has no uid
 * @param request the request class
 * @param response the response class
 * @param definition the method signature and the request members, required first (client.md)
 * @param definitionFootnotes the notes of {@code definition}, linking its types (relative to client.md)
 * @param usage a call with the required members set (client.md)
 * @param requestSyntax the call with every member, as a builder chain (operation page)
 * @param parameters the request members, nested (operation page)
 * @param responseSyntax the JSON the service returns (operation page)
 * @param responseNotes what the response carries outside the JSON body, as Markdown, {@code ""} when nothing
 * @param responseStructure the response accessors, nested (operation page)
 * @param errors the exceptions the operation declares
 * @param paginated whether a paginator pages through it
 * @param paginatorHref the paginator's section in paginators.md, {@code ""} when not paginated
 */
public record OperationView(String name, String methodName, String anchor, String href, String summary,
        String documentation, boolean deprecated, String deprecation, String apiUrl, RefView request, RefView response,
        CodeView definition, List<FootnoteView> definitionFootnotes, CodeView usage, CodeView requestSyntax,
        List<FieldView> parameters, CodeView responseSyntax, String responseNotes, List<FieldView> responseStructure,
        List<RefView> errors, boolean paginated, String paginatorHref) {
    /** Copies the lists. */
    public OperationView {
        definitionFootnotes = List.copyOf(definitionFootnotes);
        parameters = List.copyOf(parameters);
        responseStructure = List.copyOf(responseStructure);
        errors = List.copyOf(errors);
    }
}
