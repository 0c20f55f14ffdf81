package io.shapegen.runtime.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.pagination.FakePages.Page;
import io.shapegen.runtime.pagination.FakePages.Request;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyncPagesTest {
    private static SyncPages<Request, Page> pages(FakePages fake, int size) {
        return new SyncPages<>("ListThings", new Request(null, size), fake::call, FakePages.TOKENS);
    }

    @Test
    void fetchesEveryPageInOrderAndFlattensTheItems() {
        FakePages fake = new FakePages(5);
        SyncPages<Request, Page> pages = pages(fake, 2);

        assertEquals(List.of(2, 2, 1), pages.stream().map(page -> page.items().size()).toList());
        assertEquals(List.of("null", "t2", "t4"), fake.calls);
        assertEquals("item0 item1 item2 item3 item4",
                pages.items(Page::items).stream().collect(Collectors.joining(" ")));
    }

    @Test
    void aServiceWithNothingAnswersOneEmptyPage() {
        FakePages fake = new FakePages(0);

        assertEquals(1, pages(fake, 2).stream().count());
        assertEquals(List.of(), pages(fake, 2).items(Page::items).stream().toList());
    }

    @Test
    void leavingTheLoopEarlyFetchesNoFurtherPage() {
        FakePages fake = new FakePages(10);
        for (Page page : pages(fake, 2)) {
            assertEquals(2, page.items().size());
            break;
        }
        assertEquals(List.of("null"), fake.calls);

        fake.calls.clear();
        Iterator<String> items = pages(fake, 2).items(Page::items).iterator();
        items.next();
        items.next();
        assertEquals(List.of("null"), fake.calls, "the second page waits until a third item is wanted");
        items.next();
        assertEquals(List.of("null", "t2"), fake.calls);
    }

    @Test
    void aRepeatedTokenIsAnErrorNotAnEndlessLoop() {
        // Tokens a, b, a: a cycle, not only a token equal to the one before.
        SyncPages<Request, Page> loop = new SyncPages<>("ListThings", new Request(null, 1),
                request -> new Page(List.of("x"), request.token() == null ? "a" : request.token().equals("a") ? "b" : "a"),
                FakePages.TOKENS);
        Iterator<Page> pages = loop.iterator();
        pages.next();
        pages.next();
        pages.next();

        SdkClientException e = assertThrows(SdkClientException.class, pages::hasNext);

        assertTrue(e.getMessage().startsWith("Stopped paginating ListThings: page 3 carries a next token"), e.getMessage());
    }

    @Test
    void anEmptyTokenOrMoreResultsFalseEndsThePages() {
        PageTokens<Request, Page> truncatedFlag = new PageTokens<>() {
            @Override
            public List<Object> nextTokens(Page page) {
                return Arrays.asList(page.nextToken(), null);
            }

            @Override
            public boolean moreResults(Page page) {
                return page.items().size() > 1;
            }

            @Override
            public Request nextRequest(Request firstRequest, Page page) {
                return firstRequest.withToken(page.nextToken());
            }
        };
        FakePages fake = new FakePages(3);
        assertEquals(2, new SyncPages<>("ListThings", new Request(null, 2), fake::call, truncatedFlag).stream().count());

        SyncPages<Request, Page> emptyToken = new SyncPages<>("ListThings", new Request(null, 2),
                request -> new Page(List.of(), ""), FakePages.TOKENS);
        assertEquals(1, emptyToken.stream().count());
    }
}
