package io.shapegen.runtime.pagination;

import io.shapegen.runtime.SdkClientException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides, page after page, which request fetches the next page: none when the page says no more follow or
 * carries no next token (absent or empty), and an error when a token comes back that an earlier page already
 * carried, which would otherwise loop for ever. One per iteration or subscription; not thread-safe.
 *
 * @param <R> the request type
 * @param <P> the page type
 */
final class PageCursor<R, P> {
    private final String operationName;
    private final R firstRequest;
    private final PageTokens<R, P> tokens;
    private final Set<List<Object>> seen = new HashSet<>();
    private int pages;

    PageCursor(String operationName, R firstRequest, PageTokens<R, P> tokens) {
        this.operationName = Objects.requireNonNull(operationName, "operationName");
        this.firstRequest = Objects.requireNonNull(firstRequest, "firstRequest");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /** @return the request of the first page */
    R first() {
        return firstRequest;
    }

    /**
     * @param page the page just read
     * @return the request of the page after it, or {@code null} when it was the last
     * @throws SdkClientException if the page's next token repeats an earlier page's
     */
    R after(P page) {
        pages++;
        if (!tokens.moreResults(page)) {
            return null;
        }
        List<Object> next = tokens.nextTokens(page);
        boolean absent = true;
        for (Object token : next) {
            absent &= isAbsent(token);
        }
        if (absent) {
            return null;
        }
        if (!seen.add(next)) {
            throw new SdkClientException("Stopped paginating " + operationName + ": page " + pages + " carries a next"
                    + " token that an earlier page already carried, so the service would answer with the same pages"
                    + " for ever. Check that the requests of the paginator reach the service unchanged (a proxy or"
                    + " emulator that ignores the token causes this).");
        }
        return tokens.nextRequest(firstRequest, page);
    }

    private static boolean isAbsent(Object token) {
        return token == null
                || token instanceof CharSequence text && text.length() == 0
                || token instanceof Collection<?> collection && collection.isEmpty()
                || token instanceof Map<?, ?> map && map.isEmpty();
    }
}
