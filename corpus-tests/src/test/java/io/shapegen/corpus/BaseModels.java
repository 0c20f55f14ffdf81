package io.shapegen.corpus;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The models mutations start from: chime-sdk-identity and every protocol conformance suite as a model. */
final class BaseModels {
    private BaseModels() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> load() throws IOException {
        Path conformance = conformanceDir();
        List<Map<String, Object>> models = new ArrayList<>();
        models.add((Map<String, Object>) MutableJson.parse(Files.readAllBytes(conformance.resolve("chime-sdk-identity/service-2.json"))));
        List<Path> suites;
        try (Stream<Path> walk = Files.walk(conformance.resolve("protocols"))) {
            suites = walk.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().contains("ignore"))
                    .sorted().toList();
        }
        for (Path file : suites) {
            for (Object suite : (List<Object>) MutableJson.parse(Files.readAllBytes(file))) {
                Map<String, Object> s = (Map<String, Object>) suite;
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("metadata", s.get("metadata"));
                model.put("shapes", s.getOrDefault("shapes", new LinkedHashMap<>()));
                Map<String, Object> operations = new LinkedHashMap<>();
                for (Object testCase : (List<Object>) s.get("cases")) {
                    Map<String, Object> given = (Map<String, Object>) ((Map<String, Object>) testCase).get("given");
                    operations.putIfAbsent((String) given.get("name"), given);
                }
                model.put("operations", operations);
                models.add(model);
            }
        }
        return models;
    }

    private static Path conformanceDir() {
        Path dir = Path.of(System.getProperty("shapegen.conformance.dir", "../../shared/conformance")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            String message = "The conformance data is not at " + dir + "; set -Dshapegen.conformance.dir to run this test.";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " CI=true never skips it.");
            }
            assumeTrue(false, message);
        }
        return dir;
    }

}
