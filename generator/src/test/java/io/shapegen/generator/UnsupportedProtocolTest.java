package io.shapegen.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.model.ModelSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A protocol the runtime cannot speak yet: models, enums, exceptions, interface and docs, plus one clear note. */
class UnsupportedProtocolTest {

    @Test
    void queryModelsGetEverythingButTheClientImplementationAndSaySo(@TempDir Path out) throws Exception {
        String json = Files.readString(GeneratedSources.resource("golden/weather/service-2.json"), StandardCharsets.UTF_8)
                .replace("\"protocol\": \"rest-json\"", "\"protocol\": \"query\"");
        GenerationResult result = new Generator().generate(GenerationRequest.standard(
                new ModelSource("weather-query.json", json.getBytes(StandardCharsets.UTF_8)), Optional.empty(),
                "com.example.weather", out.resolve("java"), Optional.of(out.resolve("docs"))));

        assertEquals(List.of("The query protocol has no client implementation yet (supported: json, rest-json): the model "
                + "classes, enums, exceptions, client interface and docs were generated, the client builder and "
                + "implementation were not. See docs/compatibility.md."), result.notes());
        List<String> files = result.files().stream().map(p -> p.toString().replace('\\', '/')).toList();
        assertTrue(files.contains("com/example/weather/WeatherClient.java"));
        assertTrue(files.contains("com/example/weather/model/Observation.java"));
        assertTrue(files.stream().noneMatch(f -> f.contains("ClientBuilder") || f.contains("/internal/")), files.toString());
        assertTrue(!result.docsFiles().isEmpty());
        List<GeneratedFile> sources = new java.util.ArrayList<>();
        for (Path file : result.files()) {
            sources.add(new GeneratedFile(file.toString().replace('\\', '/'), Files.readAllBytes(out.resolve("java").resolve(file))));
        }
        assertThat(GeneratedSources.compile(sources)).succeededWithoutWarnings();
    }
}
