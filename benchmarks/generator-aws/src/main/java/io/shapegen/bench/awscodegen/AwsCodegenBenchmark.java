package io.shapegen.bench.awscodegen;

import io.shapegen.bench.ScratchDirectories;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.codegen.C2jModels;
import software.amazon.awssdk.codegen.CodeGenerator;
import software.amazon.awssdk.codegen.model.config.customization.CustomizationConfig;
import software.amazon.awssdk.codegen.model.service.EndpointRuleSetModel;
import software.amazon.awssdk.codegen.model.service.Paginators;
import software.amazon.awssdk.codegen.model.service.ServiceModel;
import software.amazon.awssdk.codegen.utils.ModelLoaderUtils;

/**
 * The AWS SDK for Java v2 code generator ({@code software.amazon.awssdk:codegen}) in this JVM, as its Maven
 * plugin calls it, on the same chime-sdk-identity {@code service-2.json} and five paginators, plus the endpoint
 * rule set it requires: models loaded and every source written to a fresh folder each time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AwsCodegenBenchmark {
    private File service;
    private File paginators;
    private File endpointRules;
    private ScratchDirectories scratch;

    /** Locates the model files (not timed). */
    @Setup
    public void setUp() {
        Path folder = ScratchDirectories.chimeModelFolder();
        service = folder.resolve("service-2.json").toFile();
        paginators = folder.resolve("paginators-1.aws-sdks.json").toFile();
        endpointRules = folder.resolve("endpoint-rule-set-1.json").toFile();
        scratch = new ScratchDirectories("aws-codegen-");
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

    /** @return the output folder (consumed by JMH) */
    @Benchmark
    public Path generateChime() {
        Path out = scratch.fresh();
        C2jModels models = C2jModels.builder()
                .serviceModel(ModelLoaderUtils.loadModel(ServiceModel.class, service))
                .paginatorsModel(ModelLoaderUtils.loadModel(Paginators.class, paginators))
                .endpointRuleSetModel(ModelLoaderUtils.loadModel(EndpointRuleSetModel.class, endpointRules))
                .customizationConfig(CustomizationConfig.create())
                .build();
        CodeGenerator.builder()
                .models(models)
                .sourcesDirectory(out.resolve("src").toString())
                .resourcesDirectory(out.resolve("resources").toString())
                .testsDirectory(out.resolve("tests").toString())
                .intermediateModelFileNamePrefix("chimesdkidentity")
                .build()
                .execute();
        return out;
    }
}
