package io.shapegen.runtime.pagination;

import java.util.List;

/**
 * How a paginated operation goes from one page to the next; generated for each paginator from its input and
 * output tokens (and {@code more_results}, when the paginator has one).
 *
 * @param <R> the request type
 * @param <P> the response (page) type
 */
public interface PageTokens<R, P> {
    /**
     * @param page a page
     * @return the next-page tokens it carries, in the paginator's order; an element is {@code null} when absent
     */
    List<Object> nextTokens(P page);

    /**
     * @param page a page
     * @return whether the page says more pages follow; {@code true} when the paginator has no such member
     */
    default boolean moreResults(P page) {
        return true;
    }

    /**
     * @param firstRequest the request of the first page
     * @param page the page just read
     * @return the first request with its input tokens set from {@code page}, so every other setting (the page
     *     size among them) is kept
     */
    R nextRequest(R firstRequest, P page);
}
