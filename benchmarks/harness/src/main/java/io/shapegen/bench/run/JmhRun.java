package io.shapegen.bench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs JMH in a JVM on one module's classpath and reads its JSON results. */
final class JmhRun {
    /**
     * One benchmark's results.
     *
     * @param benchmark the simple name, {@code Class.method}
     * @param params the JMH parameters, {@code key=value} joined by commas, or empty
     * @param threads the benchmark threads
     * @param score the primary metric over every measured iteration of every fork
     * @param unit the primary metric's unit
     * @param allocatedPerOp bytes allocated per operation ({@code -prof gc}), if measured
     */
    record Result(String benchmark, String params, int threads, Stats score, String unit, Stats allocatedPerOp) {
    }

    private JmhRun() {
    }

    /**
     * @param modules the modules
     * @param module the module whose classpath and benchmarks to use
     * @param include the benchmark regular expression
     * @param options further JMH options
     * @param out where the JSON and the log go
     * @param name a file name stem for this run
     * @return the results
     */
    static List<Result> run(Modules modules, String module, String include, List<String> options, Path out, String name)
            throws IOException, InterruptedException {
        return run(modules, modules.classpath(module), include, options, out, name);
    }

    /** Runs JMH on an explicit classpath (for a baseline build of a contender). */
    static List<Result> run(Modules modules, List<Path> classpath, String include, List<String> options, Path out,
            String name) throws IOException, InterruptedException {
        Path json = out.resolve(name + ".json");
        Path log = out.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Processes.java(), "-cp",
                Modules.join(classpath), "org.openjdk.jmh.Main", include, "-rf", "json", "-rff",
                json.toString()));
        command.addAll(options);
        Files.deleteIfExists(json);
        Files.deleteIfExists(log);
        int exit = Processes.runLogged(command, log, modules.home());
        if (exit != 0 || !Files.exists(json)) {
            throw new IllegalStateException("JMH " + name + " failed (exit " + exit + "); see " + log);
        }
        return parse(Files.readString(json, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static List<Result> parse(String text) {
        List<Result> results = new ArrayList<>();
        for (Object item : (List<Object>) MiniJson.parse(text)) {
            Map<String, Object> run = (Map<String, Object>) item;
            String benchmark = (String) run.get("benchmark");
            String[] parts = benchmark.split("\\.");
            String simple = parts[parts.length - 2] + "." + parts[parts.length - 1];
            Map<String, Object> params = (Map<String, Object>) run.getOrDefault("params", Map.of());
            List<String> pairs = new ArrayList<>();
            params.forEach((key, value) -> pairs.add(key + "=" + value));
            Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
            Stats allocation = new Stats(Double.NaN, Double.NaN, Double.NaN, 0);
            Map<String, Object> secondary = (Map<String, Object>) run.getOrDefault("secondaryMetrics", Map.of());
            for (Map.Entry<String, Object> metric : secondary.entrySet()) {
                if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
                    allocation = stats((Map<String, Object>) metric.getValue());
                }
            }
            results.add(new Result(simple, String.join(",", pairs), ((Double) run.get("threads")).intValue(),
                    stats(primary), (String) primary.get("scoreUnit"), allocation));
        }
        return results;
    }

    /** @return median and range over the raw per-iteration scores of every fork */
    @SuppressWarnings("unchecked")
    private static Stats stats(Map<String, Object> metric) {
        List<Double> samples = new ArrayList<>();
        for (Object fork : (List<Object>) metric.get("rawData")) {
            for (Object value : (List<Object>) fork) {
                samples.add((Double) value);
            }
        }
        return Stats.of(samples);
    }
}
