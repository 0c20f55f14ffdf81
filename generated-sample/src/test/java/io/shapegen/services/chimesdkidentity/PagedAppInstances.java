package io.shapegen.services.chimesdkidentity;

import io.shapegen.services.chimesdkidentity.FakeChime.Answer;
import io.shapegen.services.chimesdkidentity.FakeChime.Received;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A ListAppInstances that really pages: {@code count} app instances named {@code app-0}, {@code app-1}…, served
 * {@code max-results} at a time (3 when absent), the next token being the index of the next item.
 */
final class PagedAppInstances implements Function<Received, Answer> {
    private final int count;

    PagedAppInstances(int count) {
        this.count = count;
    }

    @Override
    public Answer apply(Received request) {
        Map<String, String> query = query(request.rawQuery());
        int size = Integer.parseInt(query.getOrDefault("max-results", "3"));
        int from = Integer.parseInt(query.getOrDefault("next-token", "0"));
        int to = Math.min(count, from + size);
        StringBuilder body = new StringBuilder("{\"AppInstances\":[");
        for (int i = from; i < to; i++) {
            body.append(i == from ? "" : ",").append("{\"Name\":\"app-").append(i).append("\"}");
        }
        body.append(']');
        if (to < count) {
            body.append(",\"NextToken\":\"").append(to).append('"');
        }
        return Answer.json(200, body.append('}').toString());
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length == 1 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}
