package io.shapegen.runtime.client;

import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.http.HttpRequest;
import io.shapegen.runtime.http.HttpResponse;
import io.shapegen.runtime.http.HttpTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A transport that answers from a script (responses or I/O failures) and records the requests. */
final class ScriptedTransport implements HttpTransport {
    private final Deque<Object> script = new ArrayDeque<>();
    private final List<HttpRequest> requests = new ArrayList<>();
    private Object last;

    ScriptedTransport respond(int status, String errorType) {
        HttpHeaders headers = errorType.isEmpty() ? HttpHeaders.empty()
                : HttpHeaders.builder().add("X-Amzn-ErrorType", errorType).build();
        script.add(new HttpResponse(status, headers, "{}".getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    ScriptedTransport fail(IOException e) {
        script.add(e);
        return this;
    }

    List<HttpRequest> requests() {
        return requests;
    }

    @Override
    public HttpResponse execute(HttpRequest request) throws IOException {
        requests.add(request);
        Object next = script.isEmpty() ? last : script.poll();
        last = next;
        if (next instanceof IOException e) {
            throw e;
        }
        return (HttpResponse) next;
    }

    @Override
    public void close() {
    }
}
