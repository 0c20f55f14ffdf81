package io.shapegen.services.chimesdkidentity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.runtime.SdkClientException;
import io.shapegen.services.chimesdkidentity.FakeChime.Answer;
import io.shapegen.services.chimesdkidentity.model.AppInstanceSummary;
import io.shapegen.services.chimesdkidentity.model.ListAppInstancesRequest;
import io.shapegen.services.chimesdkidentity.model.ListAppInstancesResponse;
import io.shapegen.services.chimesdkidentity.model.NotFoundException;
import io.shapegen.services.chimesdkidentity.paginators.ListAppInstanceUsersIterable;
import io.shapegen.services.chimesdkidentity.paginators.ListAppInstancesIterable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sync paginators of the chime client (inferred: the sample's plugin configuration has no paginators file)
 * against a loopback server that really pages, honouring the page size the request asks for.
 */
class ChimePaginatorsTest {
    private static FakeChime server;
    private static ChimeSdkIdentityClient client;

    @BeforeAll
    static void start() throws Exception {
        server = new FakeChime();
        client = new ChimeTestClients().builder(server).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static List<String> tokensSent() {
        return server.received().stream().map(r -> PagedAppInstances.query(r.rawQuery()).getOrDefault("next-token", "-"))
                .toList();
    }

    @Test
    void manyPagesOneLoopWithThePageSizeOfTheRequest() {
        server.respond(new PagedAppInstances(5));
        ListAppInstancesIterable pages = client.listAppInstancesPaginator(r -> r.maxResults(2));

        List<Integer> sizes = new ArrayList<>();
        for (ListAppInstancesResponse page : pages) {
            sizes.add(page.appInstances().size());
        }

        assertEquals(List.of(2, 2, 1), sizes);
        assertEquals(List.of("-", "2", "4"), tokensSent());
        assertTrue(server.received().stream().allMatch(r -> r.rawQuery().contains("max-results=2")),
                "every page asks for the page size of the first request");
    }

    @Test
    void theItemsOfEveryPageFlattened() {
        server.respond(new PagedAppInstances(7));

        List<String> names = new ArrayList<>();
        for (AppInstanceSummary app : client.listAppInstancesPaginator(r -> r.maxResults(3)).appInstances()) {
            names.add(app.name());
        }

        assertEquals(List.of("app-0", "app-1", "app-2", "app-3", "app-4", "app-5", "app-6"), names);
        assertEquals(3, server.received().size());
    }

    @Test
    void pagesAndItemsStream() {
        server.respond(new PagedAppInstances(4));
        ListAppInstancesIterable pages = client.listAppInstancesPaginator(ListAppInstancesRequest.builder().maxResults(3).build());

        assertEquals(2, pages.stream().count());
        assertEquals("app-0,app-1,app-2,app-3",
                pages.appInstances().stream().map(AppInstanceSummary::name).collect(Collectors.joining(",")));
        server.respond(new PagedAppInstances(4));
        assertEquals("app-0", pages.appInstances().stream().findFirst().orElseThrow().name());
        assertEquals(1, server.received().size(), "a stream that stops early fetches no further page");
    }

    @Test
    void oneAndNoPagesWorth() {
        server.respond(new PagedAppInstances(2));
        assertEquals(1, client.listAppInstancesPaginator(r -> r.maxResults(5)).stream().count());
        assertEquals(2, client.listAppInstancesPaginator(r -> r.maxResults(5)).appInstances().stream().count());

        server.respond(new PagedAppInstances(0));
        ListAppInstancesIterable nothing = client.listAppInstancesPaginator(r -> { });
        assertEquals(1, nothing.stream().count(), "the first page is always fetched");
        assertEquals(List.of(), nothing.appInstances().stream().toList());
        assertEquals(2, server.received().size());
    }

    @Test
    void leavingTheLoopEarlyFetchesNoFurtherPage() {
        server.respond(new PagedAppInstances(100));

        for (ListAppInstancesResponse page : client.listAppInstancesPaginator(r -> r.maxResults(10))) {
            assertEquals(10, page.appInstances().size());
            break;
        }
        Iterator<AppInstanceSummary> items = client.listAppInstancesPaginator(r -> r.maxResults(10)).appInstances()
                .iterator();
        for (int i = 0; i < 10; i++) {
            items.next();
        }

        assertEquals(2, server.received().size(), "one page each; the second page of items was never wanted");
    }

    @Test
    void anEmptyTokenEndsThePages() {
        server.answer(Answer.json(200, "{\"AppInstances\":[{\"Name\":\"a\"}],\"NextToken\":\"t1\"}"),
                Answer.json(200, "{\"AppInstances\":[{\"Name\":\"b\"}],\"NextToken\":\"\"}"));

        assertEquals(2, client.listAppInstancesPaginator(r -> { }).appInstances().stream().count());
        assertEquals(2, server.received().size());
    }

    @Test
    void aRepeatedTokenIsAnErrorNotAnEndlessLoop() {
        server.answer(Answer.json(200, "{\"AppInstances\":[{\"Name\":\"a\"}],\"NextToken\":\"t1\"}"),
                Answer.json(200, "{\"AppInstances\":[{\"Name\":\"b\"}],\"NextToken\":\"t2\"}"),
                Answer.json(200, "{\"AppInstances\":[{\"Name\":\"c\"}],\"NextToken\":\"t1\"}"));
        List<String> names = new ArrayList<>();

        SdkClientException e = assertThrows(SdkClientException.class, () -> client.listAppInstancesPaginator(r -> { })
                .appInstances().forEach(app -> names.add(app.name())));

        assertEquals(List.of("a", "b", "c"), names);
        assertEquals(3, server.received().size());
        assertTrue(e.getMessage().contains("ListAppInstances") && e.getMessage().contains("page 3"), e.getMessage());
    }

    @Test
    void errorsOfAPageAreThrownByTheIteration() {
        server.answer(FakeChime.Answer.error(404, "NotFoundException", "req-1",
                "{\"Code\":\"NotFound\",\"Message\":\"no such app\"}"));

        ListAppInstanceUsersIterable users = client.listAppInstanceUsersPaginator(r -> r.appInstanceArn("arn:x"));

        assertThrows(NotFoundException.class, () -> users.iterator().hasNext());
    }

    @Test
    void everyInferredPaginatorOffersItsItems() throws ReflectiveOperationException {
        List<String> paginators = new ArrayList<>();
        for (Method method : ChimeSdkIdentityClient.class.getMethods()) {
            if (method.getName().endsWith("Paginator") && method.getParameterTypes()[0].getSimpleName().endsWith("Request")) {
                String items = Arrays.stream(method.getReturnType().getMethods())
                        .filter(m -> m.getDeclaringClass() == method.getReturnType() && m.getParameterCount() == 0
                                && !m.getName().equals("iterator"))
                        .map(Method::getName).findFirst().orElse("(none)");
                paginators.add(method.getName() + " " + items);
            }
        }
        paginators.sort(null);

        assertEquals(List.of("listAppInstanceAdminsPaginator appInstanceAdmins",
                "listAppInstanceBotsPaginator appInstanceBots",
                "listAppInstanceUserEndpointsPaginator appInstanceUserEndpoints",
                "listAppInstanceUsersPaginator appInstanceUsers",
                "listAppInstancesPaginator appInstances"), paginators);
    }
}
