package io.shapegen.generator.docs.context;

import java.util.List;

/**
 * A paginator: the {@code xxxPaginator} methods of the sync and async clients, a section of paginators.md.
 *
 * @param methodName the client method, for example {@code listAppInstancesPaginator}
 * @param anchor its anchor in paginators.md (and in client.md)
 * @param href {@code paginators.md#<anchor>}
 * @param operation the operation it pages through (links to its page)
 * @param iterableClass the sync result, for example {@code ListAppInstancesIterable}
 * @param publisherClass the async result, for example {@code ListAppInstancesPublisher}
 * @param request the request class
 * @param response the response class (one page)
 * @param inputTokens the request setters that carry the page token (Markdown code spans, comma separated)
 * @param outputTokens the response accessors of the next token, {@code nextToken()} (Markdown code spans, comma
 *     separated; a dotted model path when the token is nested)
 * @param limitKey the request setter that sets the page size (Markdown code span), {@code ""} when none
 * @param itemsMethod the method that flattens the items of every page, {@code ""} when the paginator has none
 * @param itemType the type of one item (Markdown with a link), {@code ""} when no items method
 * @param definition the sync client's paginator method signatures
 * @param definitionFootnotes the notes of {@code definition} (relative to client.md)
 * @param syncUsage iterating pages and items with the sync client
 * @param asyncUsage subscribing to pages and items with the async client
 */
public record PaginatorView(String methodName, String anchor, String href, RefView operation, String iterableClass,
        String publisherClass, RefView request, RefView response, String inputTokens, String outputTokens,
        String limitKey, String itemsMethod, String itemType, CodeView definition,
        List<FootnoteView> definitionFootnotes, CodeView syncUsage, CodeView asyncUsage) {
    /** Copies the list. */
    public PaginatorView {
        definitionFootnotes = List.copyOf(definitionFootnotes);
    }
}
