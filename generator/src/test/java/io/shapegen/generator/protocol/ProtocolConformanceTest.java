package io.shapegen.generator.protocol;

import io.shapegen.generator.ConformanceData;
import io.shapegen.model.json.JsonArray;
import io.shapegen.model.json.JsonObject;
import io.shapegen.model.json.JsonString;
import io.shapegen.model.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * The AWS protocol test suites (botocore's JSON form) against generated clients: for each of
 * {@code {input,output}/{rest-json,json,json_1_0}.json}, every suite is generated and compiled, and every case
 * is a dynamic test named by its id. Cases botocore's {@code protocol-tests-ignore-list.json} skips are run too,
 * and reported as skipped only when they fail; {@link #SKIPPED} lists the cases this project skips, with why.
 * The pass and skip counts per file are printed at the end.
 */
class ProtocolConformanceTest {
    /** Cases skipped here, each with its reason. Empty: every case not on botocore's ignore list passes. */
    private static final Map<String, String> SKIPPED = Map.of();

    private static final Map<String, Map<String, AtomicInteger>> COUNTS = new TreeMap<>();

    @TestFactory
    Stream<DynamicNode> restJsonInput() throws Exception {
        return file("input", "rest-json");
    }

    @TestFactory
    Stream<DynamicNode> restJsonOutput() throws Exception {
        return file("output", "rest-json");
    }

    @TestFactory
    Stream<DynamicNode> json11Input() throws Exception {
        return file("input", "json");
    }

    @TestFactory
    Stream<DynamicNode> json11Output() throws Exception {
        return file("output", "json");
    }

    @TestFactory
    Stream<DynamicNode> json10Input() throws Exception {
        return file("input", "json_1_0");
    }

    @TestFactory
    Stream<DynamicNode> json10Output() throws Exception {
        return file("output", "json_1_0");
    }

    @AfterAll
    static void printCounts() {
        synchronized (COUNTS) {
            COUNTS.forEach((file, counts) -> System.out.println("Protocol conformance " + file + ": "
                    + counts.get("passed") + " passed, " + counts.get("skipped") + " skipped "
                    + SKIPPED_IDS.getOrDefault(file, List.of())));
        }
    }

    private Stream<DynamicNode> file(String kind, String protocol) throws Exception {
        Path protocols = ConformanceData.dir().resolve("protocols");
        IgnoreList ignored = IgnoreList.read(protocols.resolve("protocol-tests-ignore-list.json"), kind, protocol);
        ConformanceFile file = new ConformanceFile(protocols.resolve(kind).resolve(protocol + ".json"), kind, protocol);
        Map<String, AtomicInteger> counts = counts(file.name());
        List<DynamicNode> suites = new ArrayList<>();
        for (ConformanceFile.Suite suite : file.suites()) {
            CaseRunner runner = new CaseRunner(suite, file.loader());
            List<DynamicTest> tests = new ArrayList<>();
            for (JsonObject testCase : suite.cases()) {
                String id = testCase.requiredString("id");
                String botocoreSkip = ignored.reason(suite.description(), id);
                tests.add(DynamicTest.dynamicTest(id, () -> {
                    try {
                        if (SKIPPED.containsKey(id)) {
                            Assumptions.abort(SKIPPED.get(id));
                        }
                        try {
                            if (kind.equals("input")) {
                                runner.input(testCase);
                            } else {
                                runner.output(testCase);
                            }
                        } catch (AssertionError | Exception e) {
                            if (botocoreSkip == null) {
                                throw e;
                            }
                            Assumptions.abort(botocoreSkip + "; it fails here too: " + e);
                        }
                        counts.get("passed").incrementAndGet();
                    } catch (TestAbortedException e) {
                        counts.get("skipped").incrementAndGet();
                        synchronized (COUNTS) {
                            skippedIds(file.name()).add(id);
                        }
                        throw e;
                    }
                }));
            }
            suites.add(DynamicContainer.dynamicContainer(suite.description(), tests));
        }
        return suites.stream();
    }

    private static final Map<String, List<String>> SKIPPED_IDS = new TreeMap<>();

    private static List<String> skippedIds(String file) {
        return SKIPPED_IDS.computeIfAbsent(file, f -> new ArrayList<>());
    }

    private static Map<String, AtomicInteger> counts(String file) {
        synchronized (COUNTS) {
            return COUNTS.computeIfAbsent(file, f -> {
                Map<String, AtomicInteger> counts = new TreeMap<>();
                counts.put("passed", new AtomicInteger());
                counts.put("skipped", new AtomicInteger());
                return counts;
            });
        }
    }

    /** What botocore's {@code protocol-tests-ignore-list.json} skips for one file. */
    private record IgnoreList(Set<String> suites, Set<String> cases) {
        static IgnoreList read(Path file, String kind, String protocol) throws Exception {
            JsonObject root = (JsonObject) JsonTrees.parse(file.toString(), Files.readAllBytes(file));
            Set<String> suites = new HashSet<>();
            Set<String> cases = new HashSet<>();
            root.optionalObject("general").flatMap(g -> g.optionalObject(kind)).flatMap(k -> k.optionalArray("suites"))
                    .ifPresent(array -> suites.addAll(strings(array)));
            root.optionalObject("protocols").flatMap(p -> p.optionalObject(protocol)).flatMap(p -> p.optionalObject(kind))
                    .flatMap(k -> k.optionalArray("cases")).ifPresent(array -> cases.addAll(strings(array)));
            return new IgnoreList(suites, cases);
        }

        /** @return why botocore skips the case, or {@code null} */
        String reason(String suite, String id) {
            if (suites.contains(suite)) {
                return "botocore's ignore list skips the suite \"" + suite + "\"";
            }
            return cases.contains(id) ? "botocore's ignore list skips this case" : null;
        }

        private static List<String> strings(JsonArray array) {
            List<String> values = new ArrayList<>();
            for (JsonValue value : array.elements()) {
                values.add(((JsonString) value).value());
            }
            return values;
        }
    }
}
