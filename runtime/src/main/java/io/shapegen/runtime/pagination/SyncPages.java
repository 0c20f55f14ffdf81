package io.shapegen.runtime.pagination;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The pages of a paginated operation, for a sync client: every iteration starts from the first request and
 * fetches each page only when {@link Iterator#hasNext()} needs it, so leaving a loop early fetches no further
 * page. Generated paginators supply the call and the {@link PageTokens}.
 *
 * @param <R> the request type
 * @param <P> the response (page) type
 */
public final class SyncPages<R, P> implements SdkIterable<P> {
    private final String operationName;
    private final R firstRequest;
    private final Function<R, P> call;
    private final PageTokens<R, P> tokens;

    /**
     * @param operationName the operation's name in the model, for messages
     * @param firstRequest the request of the first page
     * @param call calls the operation once
     * @param tokens how one page leads to the next
     */
    public SyncPages(String operationName, R firstRequest, Function<R, P> call, PageTokens<R, P> tokens) {
        this.operationName = Objects.requireNonNull(operationName, "operationName");
        this.firstRequest = Objects.requireNonNull(firstRequest, "firstRequest");
        this.call = Objects.requireNonNull(call, "call");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /**
     * @return an iterator over the pages; {@code hasNext()} throws the operation's exceptions, and
     *     {@link io.shapegen.runtime.SdkClientException} when a next token repeats
     */
    @Override
    public Iterator<P> iterator() {
        return new PageIterator();
    }

    /**
     * @param <T> the item type
     * @param itemsOfPage the items of one page
     * @return the items of every page in order, fetching pages as the iteration needs them
     */
    public <T> SdkIterable<T> items(Function<? super P, ? extends Iterable<? extends T>> itemsOfPage) {
        Objects.requireNonNull(itemsOfPage, "itemsOfPage");
        return () -> new ItemIterator<>(iterator(), itemsOfPage);
    }

    private final class PageIterator implements Iterator<P> {
        private final PageCursor<R, P> cursor = new PageCursor<>(operationName, firstRequest, tokens);
        private R nextRequest = cursor.first();
        /** The page handed out last, whose tokens are read only when another page is wanted. */
        private P previous;
        private P ready;

        @Override
        public boolean hasNext() {
            if (ready != null) {
                return true;
            }
            if (previous != null) {
                nextRequest = cursor.after(previous);
                previous = null;
            }
            if (nextRequest == null) {
                return false;
            }
            R request = nextRequest;
            nextRequest = null;
            ready = Objects.requireNonNull(call.apply(request), "the operation returned no page");
            return true;
        }

        @Override
        public P next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No page after the last page of " + operationName + ".");
            }
            P page = ready;
            ready = null;
            previous = page;
            return page;
        }
    }

    private static final class ItemIterator<P, T> implements Iterator<T> {
        private final Iterator<P> pages;
        private final Function<? super P, ? extends Iterable<? extends T>> itemsOfPage;
        private Iterator<? extends T> items = java.util.Collections.emptyIterator();

        ItemIterator(Iterator<P> pages, Function<? super P, ? extends Iterable<? extends T>> itemsOfPage) {
            this.pages = pages;
            this.itemsOfPage = itemsOfPage;
        }

        @Override
        public boolean hasNext() {
            while (!items.hasNext()) {
                if (!pages.hasNext()) {
                    return false;
                }
                items = itemsOfPage.apply(pages.next()).iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No item after the last item of the last page.");
            }
            return items.next();
        }
    }
}
