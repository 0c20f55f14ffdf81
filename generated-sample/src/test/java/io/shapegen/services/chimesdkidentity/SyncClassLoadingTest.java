package io.shapegen.services.chimesdkidentity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import io.shapegen.runtime.SdkBytes;
import io.shapegen.runtime.auth.AwsCredentials;
import io.shapegen.runtime.auth.StaticCredentialsProvider;
import io.shapegen.runtime.region.Region;
import io.shapegen.services.chimesdkidentity.FakeChime.Answer;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The async client and the paginators stay off the sync client's class-loading path, so its cold start does not
 * pay for them, nor for {@code java.net.http}, which only the async transport uses: a JVM that builds a sync client
 * and calls it loads none of their classes. (A child JVM, because reflection on the client interface would load
 * the types of every method.)
 */
class SyncClassLoadingTest {
    /** The child JVM: one sync call to the endpoint given as the argument. */
    public static void main(String[] args) {
        try (ChimeSdkIdentityClient client = ChimeSdkIdentityClient.builder().region(Region.EU_WEST_1)
                .endpointOverride(URI.create(args[0]))
                .credentialsProvider(StaticCredentialsProvider.create(AwsCredentials.create("AKID", "secret")))
                .build()) {
            client.listAppInstances(r -> r.maxResults(1));
        }
    }

    @Test
    void aSyncCallLoadsNeitherTheAsyncClientNorThePaginators() throws Exception {
        String classpath = String.join(File.pathSeparator, location(ChimeSdkIdentityClient.class),
                location(SyncClassLoadingTest.class), location(SdkBytes.class), location(JsonParser.class));
        try (FakeChime server = new FakeChime()) {
            server.answer(Answer.json(200, "{\"AppInstances\":[]}"));
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-Xlog:class+load=info", "-cp", classpath, SyncClassLoadingTest.class.getName(),
                    server.endpoint().toString()).redirectErrorStream(true).start();
            String log = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, child.exitValue(), log);
            assertEquals(1, server.received().size());

            List<String> loaded = log.lines().filter(line -> line.contains("[class,load]"))
                    .map(line -> line.replaceFirst(".*\\[class,load\\] (\\S+).*", "$1")).toList();
            assertTrue(loaded.contains(ChimeSdkIdentityClient.class.getName()), "the log lists the classes loaded");
            String offPath = loaded.stream().filter(name -> name.startsWith("java.net.http.")
                    || name.startsWith("jdk.internal.net.http.") || name.startsWith("io.shapegen.") && name.contains("Async")
                    || name.startsWith("io.shapegen.runtime.pagination.") || name.contains(".paginators."))
                    .collect(Collectors.joining(", "));
            assertEquals("", offPath, "loaded by a sync call");
        }
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
