package io.shapegen.runtime.pagination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A paginated operation in memory: a request carries a token and a page size, a page its items and the next
 * token. {@link #calls} records the token of every call.
 */
final class FakePages {
    record Request(String token, int size) {
        Request withToken(String next) {
            return new Request(next, size);
        }
    }

    record Page(List<String> items, String nextToken) {
    }

    /** Pages through {@code items} by {@code size}, tokens {@code "t<index>"}. */
    static final PageTokens<Request, Page> TOKENS = new PageTokens<>() {
        @Override
        public List<Object> nextTokens(Page page) {
            return Arrays.asList(page.nextToken());
        }

        @Override
        public Request nextRequest(Request firstRequest, Page page) {
            return firstRequest.withToken(page.nextToken());
        }
    };

    final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<String> items;

    FakePages(int count) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add("item" + i);
        }
        this.items = List.copyOf(all);
    }

    Page call(Request request) {
        calls.add(String.valueOf(request.token()));
        int from = request.token() == null ? 0 : Integer.parseInt(request.token().substring(1));
        int to = Math.min(items.size(), from + request.size());
        return new Page(items.subList(from, to), to < items.size() ? "t" + to : null);
    }

    CompletableFuture<Page> callAsync(Request request) {
        return CompletableFuture.completedFuture(call(request));
    }
}
