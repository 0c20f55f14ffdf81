package io.shapegen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.generator.GenerationRequest;
import io.shapegen.generator.Generator;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import io.shapegen.model.ServiceModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every model of {@code com.amazonaws:aws-java-sdk-models:1.12.797} through the generator: all 381 load and
 * generate (sources and docs); the documented {@link #COMPILED_SAMPLE} (all 381 with {@code -Pcorpus-full})
 * is written to disk and compiled with {@code -Xlint:all -Werror}. Prints the per-protocol table.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorpusTest {
    /**
     * The compiled sample: the five largest models; at least one per protocol; and models with unions,
     * documents, event streams, streaming blobs, recursive structures, endpoint host prefixes, deprecated
     * members and exceptions, and the largest enum (553 values). Listed in docs/compatibility.md.
     */
    static final List<String> COMPILED_SAMPLE = List.of(
            // the five largest (shapes)
            "ec2-2016-11-15", "api.sagemaker-2017-07-24", "quicksight-2018-04-01", "iot-2015-05-28", "connect-2017-08-08",
            // one or more per protocol: rest-json, json, query, rest-xml, smithy-rpc-v2-cbor (ec2 above)
            "chime-sdk-identity-2021-04-20", "acm-2015-12-08", "cloudformation-2010-05-15", "route53-2013-04-01",
            "cloudfront-2020-05-31", "s3-control-2018-08-20", "monitoring-2010-08-01",
            // unions
            "appconfigdata-2021-11-11", "redshift-data-2019-12-20",
            // documents
            "inspector-scan-2023-08-08", "identitystore-2020-06-15",
            // event streams
            "runtime.sagemaker-2017-05-13", "kinesis-2013-12-02", "runtime.lex.v2-2020-08-07",
            // streaming blobs
            "workmailmessageflow-2019-05-01", "ebs-2019-11-02",
            // recursive structures
            "freetier-2023-09-07", "connectcases-2022-10-03",
            // endpoint host prefixes (signer also has a deprecated exception)
            "mwaa-2020-07-01", "signer-2017-08-25",
            // deprecated members
            "runtime.lex-2016-11-28", "simspaceweaver-2022-10-28",
            // the largest enum
            "config-2014-11-12");

    private static final Map<String, ProtocolRow> ROWS = new ConcurrentHashMap<>();
    private static final Path WORK = Path.of(System.getProperty("shapegen.corpus.workDir", "target/corpus"));

    @Test
    @Order(1)
    void everyModelLoadsAndGenerates() throws Exception {
        List<String> names = AwsModelsJar.names();
        assertEquals(381, names.size(), "models in aws-java-sdk-models 1.12.797");
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (String name : names) {
                tasks.add(pool.submit(() -> generateInMemory(name, failures)));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(failures.isEmpty(), failures.size() + " models failed:\n" + String.join("\n", failures));
        assertEquals(381, ROWS.values().stream().mapToInt(r -> r.generated).sum());
    }

    private static void generateInMemory(String name, List<String> failures) {
        long start = System.nanoTime();
        ModelSource source = AwsModelsJar.read(name);
        ServiceModel model;
        try {
            model = ModelLoader.loadService(source);
        } catch (RuntimeException e) {
            failures.add(name + ": does not load: " + e);
            return;
        }
        ProtocolRow row = ROWS.computeIfAbsent(model.metadata().protocol(), ProtocolRow::new);
        row.loaded();
        try {
            ServiceSpec spec = ServiceSpecResolver.resolve(model, "");
            int files = Generator.render(spec).size() + Generator.renderDocs(spec, Optional.empty()).size();
            row.generated(files, System.nanoTime() - start);
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(name + ": does not generate: " + e);
        }
    }

    @TestFactory
    @Order(2)
    List<DynamicTest> theSampleCompilesWithoutWarnings() {
        List<String> names = Boolean.getBoolean("shapegen.corpus.compileAll") ? AwsModelsJar.names() : COMPILED_SAMPLE;
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : names) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Path sources = WORK.resolve(name).resolve("java");
                ModelSource source = AwsModelsJar.read(name);
                new Generator().generate(GenerationRequest.sourcesOnly(source, Optional.empty(), "", sources));
                long start = System.nanoTime();
                List<String> diagnostics = JavacRunner.compile(sources, WORK.resolve(name).resolve("classes"));
                String protocol = ModelLoader.loadService(source).metadata().protocol();
                ROWS.computeIfAbsent(protocol, ProtocolRow::new).compiled(diagnostics.isEmpty(), System.nanoTime() - start);
                assertTrue(diagnostics.isEmpty(), name + " does not compile cleanly:\n"
                        + String.join("\n", diagnostics.subList(0, Math.min(20, diagnostics.size()))));
            }));
        }
        return tests;
    }

    @AfterAll
    static void printTheTable() throws IOException {
        StringBuilder table = new StringBuilder("| protocol | models | loaded | generated | files | generate (s, sum) | compiled | compile (s, sum) |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        ProtocolRow total = new ProtocolRow("all");
        for (ProtocolRow row : new TreeMap<>(ROWS).values()) {
            table.append(row.line());
            total.add(row);
        }
        table.append(total.line().replace("| all |", "| **all** |"));
        System.out.println("\nCorpus: aws-java-sdk-models 1.12.797\n" + table);
        Path report = Path.of(System.getProperty("shapegen.corpus.report", "target/corpus-report.md"));
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, table.toString(), StandardCharsets.UTF_8);
    }

    /** One protocol's counts; updated from two threads. */
    static final class ProtocolRow {
        private final String protocol;
        private int loaded;
        private int generated;
        private long files;
        private long generateNanos;
        private int compiled;
        private int compileFailed;
        private long compileNanos;

        ProtocolRow(String protocol) {
            this.protocol = protocol;
        }

        synchronized void loaded() {
            loaded++;
        }

        synchronized void generated(int fileCount, long nanos) {
            generated++;
            files += fileCount;
            generateNanos += nanos;
        }

        synchronized void compiled(boolean ok, long nanos) {
            if (ok) {
                compiled++;
            } else {
                compileFailed++;
            }
            compileNanos += nanos;
        }

        synchronized void add(ProtocolRow other) {
            loaded += other.loaded;
            generated += other.generated;
            files += other.files;
            generateNanos += other.generateNanos;
            compiled += other.compiled;
            compileFailed += other.compileFailed;
            compileNanos += other.compileNanos;
        }

        synchronized String line() {
            return String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f | %d%s | %.1f |%n", protocol, loaded,
                    loaded, generated, files, generateNanos / 1e9, compiled,
                    compileFailed == 0 ? "" : " (" + compileFailed + " failed)", compileNanos / 1e9);
        }
    }
}
