package io.shapegen.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ModelException;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for generator bugs the AWS corpus and the mutation test found (the others are in
 * HugeShapesTest, naming/JavaIdentifiersTest, HostileNamesTest and the model's ModelValidationTest).
 */
class CorpusRegressionTest {

    private static ServiceSpec spec(String shapes, String operations) {
        String json = "{\"metadata\":{\"protocol\":\"rest-json\",\"serviceId\":\"Regress\",\"endpointPrefix\":\"regress\"},"
                + "\"operations\":{" + operations + "},\"shapes\":{" + shapes + "}}";
        return ServiceSpecResolver.resolve(ModelLoader.loadService(new ModelSource("regress.json",
                json.getBytes(StandardCharsets.UTF_8))), "com.example.regress");
    }

    /** route53 and signer: a deprecated exception had @deprecated Javadoc but no @Deprecated, failing -Werror. */
    @Test
    void deprecatedExceptionsAreAnnotatedAndTheClientStillCompilesCleanly() {
        ServiceSpec spec = spec("\"Old\":{\"type\":\"structure\",\"members\":{},\"exception\":true,\"deprecated\":true},"
                + "\"In\":{\"type\":\"structure\",\"members\":{}}",
                "\"Do\":{\"name\":\"Do\",\"http\":{\"method\":\"POST\",\"requestUri\":\"/\"},\"input\":{\"shape\":\"In\"},"
                        + "\"errors\":[{\"shape\":\"Old\"}]}");
        List<GeneratedFile> files = Generator.render(spec);
        String exception = files.stream().filter(f -> f.relativePath().endsWith("/model/OldException.java"))
                .map(f -> new String(f.content(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertTrue(exception.contains("@Deprecated\npublic final class OldException"), exception);
        assertThat(GeneratedSources.compile(files)).succeededWithoutWarnings();
    }

    /** Mutations: an operation named like a fixed docs section made the docs fail with an unlocated error. */
    @Test
    void aDocsAnchorCollisionPointsAtTheOperation() {
        ServiceSpec spec = spec("\"In\":{\"type\":\"structure\",\"members\":{}}",
                "\"Methods\":{\"name\":\"Methods\",\"http\":{\"method\":\"POST\",\"requestUri\":\"/\"},\"input\":{\"shape\":\"In\"}}");
        ModelException e = assertThrows(ModelException.class, () -> Generator.renderDocs(spec, Optional.empty()));
        assertEquals("/operations/Methods", e.pointer());
        assertTrue(e.line() > 0 && e.getMessage().contains("two headings with the anchor #methods"), e.getMessage());
    }
}
