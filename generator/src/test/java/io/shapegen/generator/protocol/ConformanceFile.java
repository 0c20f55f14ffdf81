package io.shapegen.generator.protocol;

import com.google.testing.compile.Compilation;
import io.shapegen.generator.GeneratedSources;
import io.shapegen.generator.Generator;
import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import io.shapegen.model.json.JsonArray;
import io.shapegen.model.json.JsonObject;
import io.shapegen.model.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;

/**
 * One file of the protocol suites ({@code input/rest-json.json}, …): each suite plus the operations of its cases
 * is a service model; every suite is generated into its own package and all of them are compiled in one javac
 * run with {@code -Xlint:all -Werror}.
 */
final class ConformanceFile {
    /** One suite: its generated service and its cases. */
    record Suite(String description, ServiceSpec spec, JsonObject json, List<JsonObject> cases) {
        /** @return the endpoint the suite's client calls */
        String endpoint() {
            return json.optionalString("clientEndpoint").orElse("https://example.com");
        }
    }

    private final String name;
    private final List<Suite> suites = new ArrayList<>();
    private final ClassLoader loader;

    ConformanceFile(Path file, String kind, String protocol) throws IOException {
        this.name = kind + "/" + protocol + ".json";
        JsonArray array = (JsonArray) JsonTrees.parse(name, Files.readAllBytes(file));
        List<GeneratedFile> sources = new ArrayList<>();
        int index = 0;
        for (JsonValue value : array.elements()) {
            JsonObject suite = (JsonObject) value;
            String basePackage = "conformance." + kind + "." + protocol.replace("-", "").replace("_", "")
                    + ".s" + String.format(Locale.ROOT, "%02d", index++);
            ServiceSpec spec = ServiceSpecResolver.resolve(ModelLoader.loadService(new ModelSource(
                    name + " suite " + index, JsonTrees.utf8(model(suite)))), basePackage);
            sources.addAll(Generator.render(spec));
            List<JsonObject> cases = suite.optionalArray("cases").orElseThrow().elements().stream()
                    .map(JsonObject.class::cast).toList();
            suites.add(new Suite(suite.requiredString("description"), spec, suite, cases));
        }
        Compilation compilation = GeneratedSources.compile(sources);
        if (compilation.status() != Compilation.Status.SUCCESS || !compilation.warnings().isEmpty()) {
            StringBuilder message = new StringBuilder("The generated clients of " + name + " do not compile cleanly:");
            for (Diagnostic<?> diagnostic : compilation.diagnostics()) {
                message.append('\n').append(diagnostic);
            }
            throw new AssertionError(message.toString());
        }
        this.loader = GeneratedSources.classLoader(compilation);
    }

    String name() {
        return name;
    }

    List<Suite> suites() {
        return suites;
    }

    ClassLoader loader() {
        return loader;
    }

    /** The suite as a service-2.json document: its metadata and shapes, and the operations its cases give. */
    private static String model(JsonObject suite) {
        Map<String, JsonValue> operations = new LinkedHashMap<>();
        for (JsonValue value : suite.optionalArray("cases").orElseThrow().elements()) {
            JsonObject given = ((JsonObject) value).requiredObject("given");
            operations.putIfAbsent(given.requiredString("name"), given);
        }
        return "{\"metadata\":" + JsonTrees.text(suite.requiredObject("metadata"))
                + ",\"shapes\":" + suite.optionalObject("shapes").map(JsonTrees::text).orElse("{}")
                + ",\"operations\":" + JsonTrees.text(new JsonObject(operations, suite.position())) + "}";
    }
}
