package com.example.catalog.driver;

import com.example.catalog.CatalogAsyncClient;
import com.example.catalog.CatalogClient;
import com.example.catalog.model.Book;
import com.example.catalog.model.ListBooksResponse;
import com.example.catalog.model.ListShelvesResponse;
import com.example.catalog.model.Shelf;
import com.example.catalog.paginators.ListBooksIterable;
import com.example.catalog.paginators.ListShelvesIterable;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.auth.AwsCredentials;
import io.shapegen.runtime.auth.StaticCredentialsProvider;
import io.shapegen.runtime.region.Region;
import io.shapegen.runtime.retry.RetryPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiled together with the code generated from the catalog model and its paginators file: it only compiles when
 * the generated names are the ones documented, and {@link #run()} pages against a server on 127.0.0.1.
 */
public final class PagingDriver {
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static volatile boolean repeatToken;

    private PagingDriver() {
    }

    public static void run() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", PagingDriver::handle);
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsCredentials.create("AKID", "secret"));
        try (CatalogClient client = CatalogClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
                        .credentialsProvider(credentials).retryPolicy(RetryPolicy.none()).build();
                CatalogAsyncClient async = CatalogAsyncClient.builder().region(Region.US_EAST_1)
                        .endpointOverride(endpoint).credentialsProvider(credentials).retryPolicy(RetryPolicy.none())
                        .build()) {
            books(client, async);
            shelves(client, async);
        } finally {
            server.stop(0);
        }
    }

    private static void books(CatalogClient client, CatalogAsyncClient async) {
        // The operation ListBooksPaginator keeps its method name; the paginator of ListBooks takes the next free one.
        check(client.listBooksPaginator(r -> { }).count() == 3, "the operation listBooksPaginator");
        REQUESTS.clear();
        ListBooksIterable pages = client.listBooksPaginator2(r -> r.genre("sf").maxResults(2));
        List<String> titles = new ArrayList<>();
        for (Book book : pages.books()) {
            titles.add(book.title());
        }
        check(titles.equals(List.of("b0", "b1", "b2", "b3", "b4")), "every book of every page: " + titles);
        check(REQUESTS.equals(List.of("GET /books?genre=sf&max-results=2", "GET /books?genre=sf&max-results=2&next-token=2",
                "GET /books?genre=sf&max-results=2&next-token=4")), "the page size and genre on every page: " + REQUESTS);

        REQUESTS.clear();
        for (ListBooksResponse page : pages) {
            check(page.books().size() == 2, "first page");
            break;
        }
        check(REQUESTS.size() == 1, "leaving the loop fetches no further page");

        List<String> asyncTitles = new CopyOnWriteArrayList<>();
        async.listBooksPaginator2(r -> r.maxResults(3)).books().subscribe(book -> asyncTitles.add(book.title())).join();
        check(asyncTitles.equals(List.of("b0", "b1", "b2", "b3", "b4")), "async items: " + asyncTitles);

        repeatToken = true;
        try {
            pages.stream().count();
            throw new AssertionError("a repeated token must fail");
        } catch (SdkClientException expected) {
            check(expected.getMessage().contains("ListBooks"), expected.getMessage());
        } finally {
            repeatToken = false;
        }
    }

    private static void shelves(CatalogClient client, CatalogAsyncClient async) {
        REQUESTS.clear();
        ListShelvesIterable pages = client.listShelvesPaginator(r -> r.limit(2));
        List<String> names = new ArrayList<>();
        for (Shelf shelf : pages.shelves()) {
            names.add(shelf.name());
        }
        check(names.equals(List.of("s0", "s1", "s2", "s3", "s4", "s5")), "every shelf, until Truncated is false: " + names);
        check(REQUESTS.equals(List.of("POST /shelves {\"Limit\":2}",
                "POST /shelves {\"Limit\":2,\"Marker\":\"m2\",\"SubMarker\":\"sub2\"}",
                "POST /shelves {\"Limit\":2,\"Marker\":\"m4\",\"SubMarker\":\"sub4\"}")),
                "both tokens from Paging, the limit kept: " + REQUESTS);
        check(pages.labels().stream().count() == 3, "a second result key: one label a page");
        List<ListShelvesResponse> asyncPages = new CopyOnWriteArrayList<>();
        async.listShelvesPaginator(r -> r.limit(3)).subscribe(asyncPages::add).join();
        check(asyncPages.size() == 2, "async pages: " + asyncPages.size());
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            REQUESTS.add(exchange.getRequestMethod() + " " + target + (body.isEmpty() ? "" : " " + body));
            String answer;
            if (target.startsWith("/book-paginator")) {
                answer = "{\"Count\":3}";
            } else if (target.startsWith("/books")) {
                int size = Integer.parseInt(value(target, "max-results=(\\d+)", "3"));
                int from = Integer.parseInt(value(target, "next-token=(\\d+)", "0"));
                int to = Math.min(5, from + size);
                StringBuilder books = new StringBuilder();
                for (int i = from; i < to; i++) {
                    books.append(i == from ? "" : ",").append("{\"Title\":\"b").append(i).append("\"}");
                }
                String next = repeatToken ? ",\"NextToken\":\"1\"" : to < 5 ? ",\"NextToken\":\"" + to + "\"" : "";
                answer = "{\"Books\":[" + books + "]" + next + "}";
            } else {
                int size = Integer.parseInt(value(body, "\"Limit\":(\\d+)", "3"));
                int from = Integer.parseInt(value(body, "\"Marker\":\"m(\\d+)\"", "0"));
                int to = Math.min(6, from + size);
                StringBuilder shelves = new StringBuilder();
                for (int i = from; i < to; i++) {
                    shelves.append(i == from ? "" : ",").append("{\"Name\":\"s").append(i).append("\"}");
                }
                // The last page still carries markers: only Truncated says it is the last.
                answer = "{\"Shelves\":[" + shelves + "],\"Labels\":[\"l" + from + "\"],\"Paging\":{\"NextMarker\":\"m" + to
                        + "\",\"NextSubMarker\":\"sub" + to + "\",\"Truncated\":" + (to < 6) + "}}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static String value(String text, String regex, String absent) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : absent;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
