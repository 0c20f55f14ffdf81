package io.shapegen.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.shapegen.generator.GenerationRequest;
import io.shapegen.generator.Generator;
import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.output.OutputSink;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ModelException;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of broken models derived from the chime model and the protocol conformance models. Each must
 * either generate (every path inside the output root; a sample written to disk and compiled with
 * {@code -Xlint:all -Werror}) or fail with a {@link ModelException} that carries a location. Never another
 * exception, a stack overflow, an out-of-memory, a hang, or a file outside the root.
 *
 * <p>The seed is printed; rerun a failure with {@code -Dshapegen.mutation.seed=<seed>}.
 */
class MutationTest {
    private static final int WRITE_EVERY = 25;
    private static final int COMPILE_EVERY = 150;

    @Test
    void brokenModelsFailCleanlyOrGenerateCode(@TempDir Path work) throws Exception {
        String seedProperty = System.getProperty("shapegen.mutation.seed", "");
        long seed = seedProperty.isBlank() ? new Random().nextLong() : Long.parseLong(seedProperty.strip());
        int cases = Integer.getInteger("shapegen.mutation.cases", 2000);
        System.out.println("MutationTest seed " + seed + " (" + cases + " cases); reproduce with -Dshapegen.mutation.seed=" + seed);
        List<Map<String, Object>> bases = BaseModels.load();

        Map<String, int[]> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                int index = i;
                results.add(pool.submit(() -> runCase(seed, index, bases, work)));
            }
            for (int i = 0; i < cases; i++) {
                String outcome;
                try {
                    outcome = results.get(i).get(120, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    results.get(i).cancel(true);
                    outcome = "FAIL hang: case " + i + " did not finish in 120 s";
                }
                if (outcome.startsWith("FAIL")) {
                    failures.add("seed " + seed + " case " + i + ": " + outcome);
                }
                String[] words = outcome.split(" ", 4);
                boolean ok = words[0].equals("OK");
                String kind = ok ? words[2] : words.length > 1 ? words[1] : "?";
                int[] counts = outcomes.computeIfAbsent(kind, k -> new int[3]);
                counts[ok && words[1].equals("generated") ? 0 : ok ? 1 : 2]++;
            }
        } finally {
            pool.shutdownNow();
        }
        StringBuilder table = new StringBuilder("| mutation | generated | rejected (ModelException) | failed |\n|---|---:|---:|---:|\n");
        outcomes.forEach((kind, c) -> table.append("| ").append(kind).append(" | ").append(c[0]).append(" | ")
                .append(c[1]).append(" | ").append(c[2]).append(" |\n"));
        System.out.println(table);
        assertTrue(failures.isEmpty(), failures.size() + " cases broke the generator (seed " + seed + "):\n"
                + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    }

    /** @return "OK generated KIND", "OK rejected KIND" or "FAIL KIND why" */
    private static String runCase(long seed, int index, List<Map<String, Object>> bases, Path work) {
        Random random = new Random(seed ^ (index * 0x9E3779B97F4A7C15L));
        @SuppressWarnings("unchecked")
        Map<String, Object> model = (Map<String, Object>) MutableJson.deepCopy(bases.get(random.nextInt(bases.size())));
        ModelMutator mutator = new ModelMutator(random);
        List<String> kinds = new ArrayList<>();
        ModelSource source;
        try {
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                kinds.add(mutator.mutate(model).name());
            }
            source = new ModelSource("case-" + index + ".json", MutableJson.write(model));
        } catch (RuntimeException | StackOverflowError e) {
            return "FAIL harness (a bug of this test, not of the generator) after " + kinds + ": " + e;
        }
        String kind = kinds.get(0);
        try {
            ServiceSpec spec = ServiceSpecResolver.resolve(ModelLoader.loadService(source), "");
            List<GeneratedFile> files = new ArrayList<>(Generator.render(spec));
            List<GeneratedFile> docs = Generator.renderDocs(spec, Optional.empty());
            Path root = work.resolve("case-" + index);
            OutputSink sink = new OutputSink(root.resolve("out"));
            for (GeneratedFile file : files) {
                sink.resolveInside(file.relativePath());
            }
            for (GeneratedFile file : docs) {
                sink.resolveInside(file.relativePath());
            }
            if (index % WRITE_EVERY == 0) {
                new Generator().generate(GenerationRequest.standard(source, Optional.empty(), "", root.resolve("out/java"),
                        Optional.of(root.resolve("out/docs"))));
                try (Stream<Path> list = Files.list(root)) {
                    List<Path> entries = list.toList();
                    if (!entries.equals(List.of(root.resolve("out")))) {
                        return "FAIL " + kind + " wrote outside its root: " + entries;
                    }
                }
                if (index % COMPILE_EVERY == 0) {
                    List<String> diagnostics = JavacRunner.compile(root.resolve("out/java"), root.resolve("classes"));
                    if (!diagnostics.isEmpty()) {
                        return "FAIL " + kind + " generated code that does not compile: "
                                + String.join(" | ", diagnostics.subList(0, Math.min(3, diagnostics.size())));
                    }
                }
                deleteTree(root);
            }
            return "OK generated " + kind;
        } catch (ModelException e) {
            if (e.sourceName().isEmpty() || e.line() <= 0 || e.column() <= 0) {
                return "FAIL " + kind + " ModelException without a location: " + e.getMessage();
            }
            return "OK rejected " + kind;
        } catch (StackOverflowError e) {
            return "FAIL " + kind + " StackOverflowError";
        } catch (OutOfMemoryError e) {
            return "FAIL " + kind + " OutOfMemoryError";
        } catch (Throwable e) {
            String at = java.util.Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("io.shapegen"))
                    .limit(4).map(StackTraceElement::toString).collect(java.util.stream.Collectors.joining(" < "));
            return "FAIL " + kind + " " + e.getClass().getSimpleName() + ": " + e.getMessage() + " at " + at;
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            fail("cannot clean up " + root + ": " + e);
        }
    }
}
