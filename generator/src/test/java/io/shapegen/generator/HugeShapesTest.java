package io.shapegen.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ModelException;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for what the corpus and the mutation test found about size: a 1,200-member structure made
 * javac fail (a 1,200-deep {@code &&} chain in {@code equals} and a 1,200-call {@code toString} chain), and
 * huge shapes must stay inside the JVM's limits (64 KB per method) or fail with a located message.
 */
class HugeShapesTest {

    private static String model(int members, int enumValues) {
        StringBuilder json = new StringBuilder("{\"metadata\":{\"protocol\":\"rest-json\",\"serviceId\":\"Huge\",\"endpointPrefix\":\"huge\"},"
                + "\"operations\":{\"Put\":{\"name\":\"Put\",\"http\":{\"method\":\"POST\",\"requestUri\":\"/\"},\"input\":{\"shape\":\"Big\"}}},"
                + "\"shapes\":{\"S\":{\"type\":\"string\"},\"E\":{\"type\":\"string\",\"enum\":[");
        for (int i = 0; i < enumValues; i++) {
            json.append(i == 0 ? "" : ",").append("\"value-").append(i).append('"');
        }
        json.append("]},\"Big\":{\"type\":\"structure\",\"members\":{\"Kind\":{\"shape\":\"E\"}");
        for (int i = 0; i < members; i++) {
            json.append(",\"Member").append(i).append("\":{\"shape\":\"S\"}");
        }
        return json.append("}}}}").toString();
    }

    private static List<GeneratedFile> generate(String json) {
        return Generator.render(ServiceSpecResolver.resolve(ModelLoader.loadService(
                new ModelSource("huge.json", json.getBytes(StandardCharsets.UTF_8))), "com.example.huge"));
    }

    @Test
    void aStructureWithFiveThousandMembersAndAnEnumOfThreeThousandValuesCompile() {
        List<GeneratedFile> files = generate(model(5000, 3000));
        String big = files.stream().filter(f -> f.relativePath().endsWith("/model/PutRequest.java"))
                .map(f -> new String(f.content(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertTrue(big.contains("private boolean equals$12(PutRequest that)"), "equals is split into chunks");
        assertThat(GeneratedSources.compile(files)).succeededWithoutWarnings();
    }

    @Test
    void anEnumTooLargeForJavaIsALocatedError() {
        ModelException e = assertThrows(ModelException.class, () -> generate(model(1, 3001)));
        assertEquals("/shapes/E", e.pointer());
        assertTrue(e.getMessage().startsWith("huge.json:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("has 3001 values; a Java enum can hold at most 3000"), e.getMessage());
    }
}
