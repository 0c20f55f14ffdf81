package io.shapegen.runtime.auth.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.shapegen.runtime.auth.AwsCredentials;
import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.http.HttpRequest;
import io.shapegen.runtime.protocol.PercentEncoding;
import io.shapegen.runtime.testing.ConformanceDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the two public SigV4 suites, one dynamic test each (and, for aws-c-auth, one for
 * header signing and one for the presigned URL).
 *
 * <p>Both suites write the request path unencoded ({@code /example space/}, raw UTF-8) and expect the
 * canonical path to be that path percent-encoded once. A real request carries its path already
 * encoded, so the harness encodes the path as a client would (a greedy label) and signs with
 * {@code doubleUrlEncode(false)}: the same single encoding the suites define. Double encoding of an
 * encoded path is covered by {@code SigV4SignerTest}.
 */
class SigV4ConformanceTest {
    private static final String ACCESS_KEY = "AKIDEXAMPLE";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final Instant BOTOCORE_TIME = Instant.parse("2015-08-30T12:36:00Z");

    @TestFactory
    Stream<DynamicTest> botocoreAws4TestSuite() throws IOException {
        Path suite = ConformanceDirectory.require("sigv4/botocore-aws4_testsuite");
        List<Path> requests;
        try (Stream<Path> files = Files.walk(suite)) {
            requests = files.filter(file -> file.getFileName().toString().endsWith(".req")).sorted().toList();
        }
        assertEquals(34, requests.size(), "botocore suite case count");
        return requests.stream().map(file -> {
            String name = file.getFileName().toString().replace(".req", "");
            return DynamicTest.dynamicTest("botocore " + suite.relativize(file.getParent()), () -> runBotocore(file, name));
        });
    }

    @TestFactory
    Stream<DynamicTest> awsCAuthSuite() throws IOException {
        Path suite = ConformanceDirectory.require("sigv4/aws-c-auth-v4");
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(suite)) {
            cases = dirs.filter(dir -> Files.isRegularFile(dir.resolve("context.json"))).sorted().toList();
        }
        assertEquals(38, cases.size(), "aws-c-auth suite case count");
        return cases.stream().flatMap(dir -> Stream.of(
                DynamicTest.dynamicTest("aws-c-auth " + dir.getFileName() + " [header]", () -> runAwsCAuth(dir, false)),
                DynamicTest.dynamicTest("aws-c-auth " + dir.getFileName() + " [query]", () -> runAwsCAuth(dir, true))));
    }

    private static void runBotocore(Path requestFile, String name) throws IOException {
        Path dir = requestFile.getParent();
        RawRequest raw = RawRequest.parse(read(requestFile));
        String canonical = read(dir.resolve(name + ".creq"));
        RawRequest expectedSigned = RawRequest.parse(read(dir.resolve(name + ".sreq")));
        // The suite has no context file: the session token (if any) is the one the signed request carries,
        // signed when the canonical request lists it, added after signing otherwise.
        String token = expectedSigned.header("x-amz-security-token");
        AwsCredentials credentials = token == null ? AwsCredentials.create(ACCESS_KEY, SECRET_KEY)
                : AwsCredentials.create(ACCESS_KEY, SECRET_KEY, token);
        SigningParams params = SigningParams.builder().credentials(credentials).region("us-east-1")
                .serviceName("service").signingTime(BOTOCORE_TIME).doubleUrlEncode(false)
                .omitSessionToken(token != null && !canonical.contains("\nx-amz-security-token:")).build();

        SignedRequest signed = SigV4Signer.create().sign(raw.toHttpRequest(), params);

        assertEquals(canonical, signed.canonicalRequest().text(), "canonical request");
        assertEquals(read(dir.resolve(name + ".sts")), signed.stringToSign(), "string to sign");
        assertEquals(read(dir.resolve(name + ".authz")), signed.request().headers().firstValue("Authorization").orElseThrow(),
                "Authorization header");
        // Known fault in the data: get-vanilla-with-session-token.sreq carries get-vanilla's signature, so the
        // signed request's other headers are compared and its Authorization is taken from the .authz file above.
        assertEquals(expectedSigned.headersWithout("authorization"), headerSet(signed.request().headers(), "authorization"),
                "signed request headers");
    }

    private static void runAwsCAuth(Path dir, boolean presign) throws IOException {
        Map<String, Object> context = Json.readObject(read(dir.resolve("context.json")));
        @SuppressWarnings("unchecked")
        Map<String, Object> credentialsJson = (Map<String, Object>) context.get("credentials");
        AwsCredentials credentials = AwsCredentials.create((String) credentialsJson.get("access_key_id"),
                (String) credentialsJson.get("secret_access_key"), (String) credentialsJson.get("token"));
        boolean signBody = Boolean.TRUE.equals(context.get("sign_body"));
        SigningParams params = SigningParams.builder().credentials(credentials)
                .region((String) context.get("region")).serviceName((String) context.get("service"))
                .signingTime(Instant.parse((String) context.get("timestamp")))
                .normalizePath(!Boolean.FALSE.equals(context.get("normalize")))
                .doubleUrlEncode(false)
                .contentSha256Header(signBody && !presign)
                .omitSessionToken(Boolean.TRUE.equals(context.get("omit_session_token")))
                .expiration(Duration.ofSeconds(((Number) context.get("expiration_in_seconds")).longValue()))
                .build();
        HttpRequest request = RawRequest.parse(read(dir.resolve("request.txt"))).toHttpRequest();
        String prefix = presign ? "query-" : "header-";

        SignedRequest signed = presign ? SigV4Signer.create().presign(request, params)
                : SigV4Signer.create().sign(request, params);

        assertEquals(read(dir.resolve(prefix + "canonical-request.txt")), signed.canonicalRequest().text(),
                "canonical request");
        assertEquals(read(dir.resolve(prefix + "string-to-sign.txt")), signed.stringToSign(), "string to sign");
        assertEquals(read(dir.resolve(prefix + "signature.txt")), signed.signature(), "signature");
        RawRequest expected = RawRequest.parse(read(dir.resolve(prefix + "signed-request.txt")));
        assertEquals(expected.headersWithout(), headerSet(signed.request().headers()), "signed request headers");
        assertEquals(expected.queryParameters(), RawRequest.queryParameters(signed.request().uri().getRawQuery()),
                "signed request query parameters, in order");
    }

    private static List<String> headerSet(HttpHeaders headers, String... without) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> header : headers.entries()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!List.of(without).contains(name)) {
                lines.add(name + ":" + header.getValue().trim().replaceAll("\\s+", " "));
            }
        }
        lines.sort(null);
        return lines;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").stripTrailing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request as the suites write it: request line, headers (with folded continuation lines), body. */
    private record RawRequest(String method, String path, String query, List<Map.Entry<String, String>> headers,
            String body) {

        static RawRequest parse(String text) {
            String[] parts = text.split("\n\n", 2);
            String[] lines = parts[0].split("\n");
            String requestLine = lines[0];
            String method = requestLine.substring(0, requestLine.indexOf(' '));
            String target = requestLine.substring(method.length() + 1, requestLine.lastIndexOf(' '));
            int question = target.indexOf('?');
            String path = question < 0 ? target : target.substring(0, question);
            String query = question < 0 ? null : target.substring(question + 1);
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && !headers.isEmpty()) {
                    Map.Entry<String, String> last = headers.remove(headers.size() - 1);
                    headers.add(new AbstractMap.SimpleImmutableEntry<>(last.getKey(), last.getValue() + " " + line));
                    continue;
                }
                int colon = line.indexOf(':');
                headers.add(new AbstractMap.SimpleImmutableEntry<>(line.substring(0, colon), line.substring(colon + 1)));
            }
            return new RawRequest(method, path, query, headers, parts.length > 1 ? parts[1] : "");
        }

        HttpRequest toHttpRequest() {
            StringBuilder uri = new StringBuilder("https://example.amazonaws.com")
                    .append(PercentEncoding.encodeGreedyLabel(path));
            if (query != null) {
                List<Map.Entry<String, String>> parameters = queryParameters(query);
                uri.append('?').append(PercentEncoding.encodeQuery(parameters));
            }
            HttpHeaders.Builder builder = HttpHeaders.builder();
            headers.forEach(header -> builder.add(header.getKey(), header.getValue()));
            return HttpRequest.builder().method(method).uri(URI.create(uri.toString())).headers(builder.build())
                    .body(body.getBytes(StandardCharsets.UTF_8)).build();
        }

        String header(String name) {
            return headers.stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(header -> header.getValue().trim()).findFirst().orElse(null);
        }

        List<String> headersWithout(String... names) {
            HttpHeaders.Builder builder = HttpHeaders.builder();
            headers.forEach(header -> builder.add(header.getKey(), header.getValue()));
            return headerSet(builder.build(), names);
        }

        List<Map.Entry<String, String>> queryParameters() {
            return query == null ? List.of() : queryParameters(query);
        }

        static List<Map.Entry<String, String>> queryParameters(String query) {
            List<Map.Entry<String, String>> parameters = new ArrayList<>();
            if (query == null) {
                return parameters;
            }
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                parameters.add(new AbstractMap.SimpleImmutableEntry<>(PercentEncoding.decode(key),
                        PercentEncoding.decode(value)));
            }
            return parameters;
        }
    }

    /** Reads the small context.json objects with jackson-core. */
    private static final class Json {
        private static final JsonFactory FACTORY = new JsonFactory();

        static Map<String, Object> readObject(String text) throws IOException {
            try (JsonParser parser = FACTORY.createParser(text)) {
                parser.nextToken();
                return readObject(parser);
            }
        }

        private static Map<String, Object> readObject(JsonParser parser) throws IOException {
            Map<String, Object> object = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                object.put(name, switch (token) {
                    case START_OBJECT -> readObject(parser);
                    case VALUE_STRING -> parser.getText();
                    case VALUE_NUMBER_INT -> parser.getLongValue();
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    default -> throw new IOException("unexpected " + token + " for " + name);
                });
            }
            return object;
        }
    }
}
