package io.shapegen.bench.generator;

import io.shapegen.bench.ScratchDirectories;
import io.shapegen.generator.GenerationRequest;
import io.shapegen.generator.GenerationResult;
import io.shapegen.generator.Generator;
import io.shapegen.model.ModelSource;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The Shapegen generator on chime-sdk-identity: {@code service-2.json} and the five paginators of
 * {@code paginators-1.aws-sdks.json} to every Java source and every Markdown page, written to a fresh folder
 * each time, exactly as {@code mvn generate-sources} does on a clean build. The runner uses single-shot mode:
 * with no warm-up iteration that is the cold time of a fresh JVM, after warm-up the warm time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ShapegenGeneratorBenchmark {
    private ModelSource model;
    private ModelSource paginators;
    private ScratchDirectories scratch;

    /** Reads the model files (not timed). */
    @Setup
    public void setUp() {
        Path folder = ScratchDirectories.chimeModelFolder();
        model = ModelSource.read(folder.resolve("service-2.json"));
        paginators = ModelSource.read(folder.resolve("paginators-1.aws-sdks.json"));
        scratch = new ScratchDirectories("shapegen-gen-");
    }

    /**
     * Deletes the output at the end of the fork, never between iterations: on this machine's ext4 (mounted with
     * {@code discard}) deleting thousands of files slows the file creation that follows for seconds, which would
     * be measured as generator time. The runner passes {@code -Dbench.scratch.keep=true} and deletes later.
     */
    @TearDown
    public void tearDown() {
        if (!Boolean.getBoolean("bench.scratch.keep")) {
            scratch.deleteAll();
        }
    }

    /** @return the result (consumed by JMH) */
    @Benchmark
    public GenerationResult generateChime() {
        Path out = scratch.fresh();
        GenerationResult result = new Generator().generate(GenerationRequest.standard(model, Optional.of(paginators),
                "io.shapegen.bench.chime", out.resolve("java"), Optional.of(out.resolve("docs"))));
        if (result.files().size() < 150) {
            throw new IllegalStateException("only " + result.files().size() + " sources generated");
        }
        return result;
    }
}
