package io.shapegen.bench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs every benchmark, each contender in its own JVMs on its own classpath, and prints the tables of
 * {@code docs/performance.md}. Started by {@code benchmarks/run.sh}; options:
 *
 * <ul>
 *   <li>{@code --quick}: fewer forks, iterations and runs (a few minutes; for checking, not for publishing);</li>
 *   <li>{@code --only=classpath,generator,corpus,mojo,cold,cpu,client}: some sections only;</li>
 *   <li>{@code --max-load=0.5}: before each section, wait until the 1-minute load average is below this;</li>
 *   <li>{@code --threads=1,8}: the client thread counts.</li>
 * </ul>
 */
public final class BenchRunner {
    private static final List<String> SECTIONS =
            List.of("classpath", "generator", "corpus", "mojo", "cold", "cpu", "client");

    private final Modules modules;
    private final Path out;
    private final boolean quick;
    private final double maxLoad;
    private final List<Integer> threadCounts;
    /** The generated client and runtime before the fixes, to measure them side by side; empty for none. */
    private final List<Path> baseline;
    private final StringBuilder report = new StringBuilder();

    private BenchRunner(Modules modules, Path out, boolean quick, double maxLoad, List<Integer> threadCounts,
            List<Path> baseline) {
        this.modules = modules;
        this.baseline = baseline;
        this.out = out;
        this.quick = quick;
        this.maxLoad = maxLoad;
        this.threadCounts = threadCounts;
    }

    /**
     * @param args see the class description
     * @throws Exception if a benchmark fails
     */
    public static void main(String[] args) throws Exception {
        boolean quick = false;
        double maxLoad = Double.NaN;
        Set<String> only = new LinkedHashSet<>(SECTIONS);
        List<Integer> threads = List.of(1, 8);
        List<Path> baseline = List.of();
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("--only=")) {
                only = new LinkedHashSet<>(List.of(arg.substring(7).split(",")));
            } else if (arg.startsWith("--max-load=")) {
                maxLoad = Double.parseDouble(arg.substring(11));
            } else if (arg.startsWith("--baseline-cp=")) {
                baseline = Stream.of(arg.substring(14).split(java.io.File.pathSeparator)).map(Path::of).toList();
            } else if (arg.startsWith("--threads=")) {
                threads = Stream.of(arg.substring(10).split(",")).map(Integer::valueOf).toList();
            } else {
                throw new IllegalArgumentException("Unknown option " + arg + "; use --quick, --only=" + String.join(",",
                        SECTIONS) + ", --max-load=0.5, --threads=1,8, --baseline-cp=<generated client and runtime before>.");
            }
        }
        Path home = Path.of(System.getProperty("bench.home", ".")).toAbsolutePath().normalize();
        Path out = home.resolve("target/bench-results");
        Files.createDirectories(out);
        BenchRunner runner = new BenchRunner(new Modules(home), out, quick, maxLoad, threads, baseline);
        runner.run(only);
    }

    private void run(Set<String> only) throws Exception {
        long start = System.nanoTime();
        print("# Shapegen benchmarks" + (quick ? " (quick run: indicative only)" : "") + "\n\n"
                + "Machine: " + Machine.describe() + ".  \n"
                + String.format(Locale.ROOT, "1-minute load average at start: %.2f.%n%n", Machine.load()));
        boolean needsServer = only.contains("client") || only.contains("cold") || only.contains("cpu");
        try (LoopbackProcess server = needsServer ? LoopbackProcess.start(modules, out) : null) {
            for (String section : SECTIONS) {
                if (!only.contains(section)) {
                    continue;
                }
                double before = awaitQuiet();
                long sectionStart = System.nanoTime();
                switch (section) {
                    case "classpath" -> classpath();
                    case "generator" -> generator();
                    case "corpus" -> corpus();
                    case "mojo" -> mojo();
                    case "cold" -> cold(server.port());
                    case "cpu" -> cpu(server.port());
                    case "client" -> client(server.port());
                    default -> throw new IllegalStateException(section);
                }
                print(String.format(Locale.ROOT, "_%s: %.0f s; load average %.2f before, %.2f after._%n%n", section,
                        (System.nanoTime() - sectionStart) / 1e9, before, Machine.load()));
            }
        }
        print(String.format(Locale.ROOT, "Total run time: %.1f min. Raw JMH results and logs: %s%n",
                (System.nanoTime() - start) / 60e9, out));
        Files.writeString(out.resolve("results.md"), report.toString(), StandardCharsets.UTF_8);
    }

    private double awaitQuiet() throws InterruptedException {
        if (!Double.isNaN(maxLoad) && !Machine.awaitLoadBelow(maxLoad, 30 * 60)) {
            print(String.format(Locale.ROOT, "**Warning: the load average stayed above %.2f for 30 minutes; measuring"
                    + " anyway.**%n%n", maxLoad));
        }
        return Machine.load();
    }

    // ---------------------------------------------------------------- classpath

    private void classpath() {
        print(ClasspathReport.of(modules));
    }

    // ---------------------------------------------------------------- generator

    private void generator() throws Exception {
        String chime = System.getProperty("bench.chime.dir");
        Path scratch = out.resolve("scratch/generator");
        List<String> props = List.of("-jvmArgs", "-Dbench.chime.dir=" + chime + " -Dbench.scratch=" + scratch
                + " -Dbench.scratch.keep=true");
        List<String> shapegenWarm = jmhOptions(quick ? "-f 1 -wi 8 -w 1s -i 5 -r 1s" : "-f 3 -wi 10 -w 1s -i 10 -r 1s",
                "-bm avgt -tu ms");
        // The AWS codegen keeps getting faster for ~20 runs (JIT): 15 two-second warm-up iterations.
        List<String> awsWarm = jmhOptions(quick ? "-f 1 -wi 8 -w 2s -i 3 -r 2s" : "-f 2 -wi 15 -w 2s -i 5 -r 2s",
                "-bm avgt -tu ms");
        List<String> cold = jmhOptions(quick ? "-f 2" : "-f 7", "-bm ss -tu ms -wi 0 -i 1");
        Stats shapegenWarmStats = only(JmhRun.run(modules, "generator-shapegen", "ShapegenGeneratorBenchmark",
                plus(shapegenWarm, props), out, "generator-shapegen-warm")).score();
        settle(scratch);
        Stats shapegenColdStats = only(JmhRun.run(modules, "generator-shapegen", "ShapegenGeneratorBenchmark",
                plus(cold, props), out, "generator-shapegen-cold")).score();
        settle(scratch);
        Stats awsWarmStats = only(JmhRun.run(modules, "generator-aws", "AwsCodegenBenchmark", plus(awsWarm, props), out,
                "generator-aws-warm")).score();
        settle(scratch);
        Stats awsColdStats = only(JmhRun.run(modules, "generator-aws", "AwsCodegenBenchmark", plus(cold, props), out,
                "generator-aws-cold")).score();
        settle(scratch);
        Table table = new Table("chime-sdk-identity → Java sources + docs, in one JVM", "warm, ms", "cold (first run in a"
                + " fresh JVM), ms");
        table.row("**Shapegen** (sources + Markdown docs, written to disk)", shapegenWarmStats.format(1),
                shapegenColdStats.format(0));
        table.row("AWS SDK codegen 2.38.2 (sources, written to disk)", awsWarmStats.format(1), awsColdStats.format(0));
        table.row("**ratio AWS ÷ Shapegen** (medians)", ratio(awsWarmStats.median(), shapegenWarmStats.median()),
                ratio(awsColdStats.median(), shapegenColdStats.median()));
        print("## Generator: chime-sdk-identity\n\n" + table + "\nWarm: JMH average time after warm-up, median of the"
                + " per-iteration means over all forks (min–max). Cold: JMH single shot, one per fresh JVM.\n\n");
    }

    private void corpus() throws Exception {
        int runs = quick ? 1 : 3;
        int threads = Runtime.getRuntime().availableProcessors();
        List<Double> seconds = new ArrayList<>();
        String last = "";
        settle(out.resolve("scratch/corpus"));
        for (int run = 0; run < runs; run++) {
            // Each run writes into its own folder; all are deleted after the last (see settle).
            Path target = out.resolve("scratch/corpus/run-" + run);
            List<String> command = List.of(Processes.java(), "-cp", Modules.join(modules.classpath("generator-shapegen")),
                    "io.shapegen.bench.generator.CorpusRun", target.toString(), Integer.toString(threads));
            Path log = out.resolve("corpus.log");
            if (Processes.runLogged(command, log, modules.home()) != 0) {
                throw new IllegalStateException("The corpus run failed; see " + log);
            }
            List<String> lines = Files.readAllLines(log);
            last = lines.stream().filter(line -> line.startsWith("CORPUS ")).reduce((a, b) -> b).orElseThrow();
            seconds.add(Double.parseDouble(last.replaceAll(".*seconds=([0-9.]+).*", "$1")));
        }
        settle(out.resolve("scratch/corpus"));
        String models = last.replaceAll(".*models=(\\d+).*", "$1");
        String files = last.replaceAll(".*files=(\\d+).*", "$1");
        Table table = new Table("every model of aws-java-sdk-models 1.12.797, one JVM", "models", "files written",
                "threads", "seconds");
        table.row("**Shapegen**: sources + docs to disk", models, files, Integer.toString(threads),
                Stats.of(seconds).format(1));
        print("## Generator: the whole corpus\n\n" + table + "\n" + runs + " runs, each in a fresh JVM (median, min–max).\n\n");
    }

    private void mojo() throws Exception {
        Path project = out.resolve("scratch/noop-project");
        deleteTree(project);
        MojoNoop.Samples samples = MojoNoop.run(project, System.getProperty("bench.version", "0.1.0-SNAPSHOT"),
                quick ? 3 : 7);
        Table table = new Table("no-op incremental `mvn -o generate-sources` (chime, sources + docs)", "ms");
        table.row("whole `mvn` process", Stats.of(samples.mvnProcess()).format(0));
        table.row("the shapegen:generate execution in Maven's log (its announcing line → its summary line)",
                Stats.of(samples.mojo()).format(0));
        table.row("  of which Maven: the plugin's dependencies, class realm and configuration",
                Stats.of(java.util.stream.IntStream.range(0, samples.mojo().size())
                        .mapToObj(i -> samples.mojo().get(i) - samples.execute().get(i)).toList()).format(0));
        table.row("  **of which the mojo's `execute()`** (as its summary line reports)", Stats.of(samples.execute()).format(0));
        print("## Incremental build, nothing changed\n\n" + table + "\nThe mojo's summary: `" + samples.summary() + "`\n\n");
    }

    // ---------------------------------------------------------------- client

    private Map<String, List<String>> coldCommands(int port) {
        Map<String, List<String>> commands = new LinkedHashMap<>();
        List<Path> shapegen = new ArrayList<>(List.of(modules.home().resolve("client-shapegen/target/classes")));
        shapegen.addAll(modules.jars("client-shapegen").stream().filter(Modules.BENCH_ONLY.negate()).toList());
        commands.put("Shapegen", List.of(Processes.java(), "-cp", Modules.join(shapegen),
                "io.shapegen.bench.client.ShapegenColdStart", Integer.toString(port)));
        if (!baseline.isEmpty()) {
            commands.put(BEFORE, List.of(Processes.java(), "-cp", Modules.join(baselineClasspath(false)),
                    "io.shapegen.bench.client.ShapegenColdStart", Integer.toString(port)));
        }
        for (String http : List.of("url", "apache")) {
            List<Path> aws = new ArrayList<>(List.of(modules.home().resolve("client-aws/target/classes")));
            aws.addAll(ClasspathReport.awsClasspath(modules.jars("client-aws"), http));
            commands.put(awsName(http), List.of(Processes.java(), "-cp", Modules.join(aws),
                    "io.shapegen.bench.aws.AwsColdStart", Integer.toString(port), http));
        }
        return commands;
    }

    private static final String BEFORE = "Shapegen before this round of fixes (baseline: benchmarks/baseline.sh)";

    /** @return the client benchmark classes, the baseline client and runtime, and (for JMH) the other jars */
    private List<Path> baselineClasspath(boolean withBenchJars) {
        List<Path> classpath = new ArrayList<>(List.of(modules.home().resolve("client-shapegen/target/classes")));
        classpath.addAll(baseline);
        for (Path jar : modules.jars("client-shapegen")) {
            boolean replaced = name(jar).startsWith("shapegen-generated-sample") || name(jar).startsWith("shapegen-runtime");
            if (!replaced && (withBenchJars || !Modules.BENCH_ONLY.test(jar))) {
                classpath.add(jar);
            }
        }
        return classpath;
    }

    private void cold(int port) throws Exception {
        int runs = quick ? 3 : 9;
        Map<String, ColdStarts.Samples> samples = ColdStarts.run(coldCommands(port), runs);
        double awsUrl = Stats.of(samples.get(awsName("url")).process()).median();
        Table table = new Table("process start → first DescribeAppInstance response", "ms", "in main(), ms",
                "÷ AWS (url-connection)");
        samples.forEach((name, s) -> table.row(name.equals("Shapegen") ? "**Shapegen**" : name,
                Stats.of(s.process()).format(0), Stats.of(s.inMain()).format(0),
                ratioPlain(Stats.of(s.process()).median(), awsUrl)));
        print("## Client cold start\n\n" + table + "\n" + runs + " runs of each, taking turns; `java -cp <the"
                + " contender's jars only>` with no JVM options; same loopback server.\n\n");
    }

    private void cpu(int port) throws Exception {
        int runs = quick ? 1 : 3;
        String warmup = quick ? "2" : "3";
        String seconds = quick ? "2" : "3";
        Path harness = modules.home().resolve("harness/target/classes");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        Map<String, List<String>> cold = coldCommands(port);
        cold.forEach((name, command) -> {
            List<String> cpu = new ArrayList<>(command);
            int cp = cpu.indexOf("-cp") + 1;
            cpu.set(cp, harness + java.io.File.pathSeparator + cpu.get(cp));
            int main = cp + 1;
            String mainClass = cpu.get(main).replace("ColdStart", "CpuPerCall");
            cpu.set(main, mainClass);
            if (mainClass.endsWith("ShapegenCpuPerCall")) {
                cpu.add("shapegen");
            }
            cpu.addAll(List.of(warmup, seconds));
            commands.put(name, cpu);
        });
        List<String> raw = new ArrayList<>(commands.get("Shapegen"));
        raw.set(raw.indexOf("shapegen"), "raw");
        commands.put(FLOOR, raw);
        Map<String, Map<String, List<double[]>>> samples = CpuPerCallRuns.run(commands, runs, out.resolve("cpu.log"),
                modules.home());
        StringBuilder text = new StringBuilder("## Client CPU per call (one thread)\n\n");
        samples.forEach((op, byContender) -> {
            String operation = Character.toUpperCase(op.charAt(0)) + op.substring(1);
            Table table = new Table(operation, "wall µs per call", "process CPU µs per call", "Shapegen's CPU ÷ this");
            double shapegen = Stats.of(byContender.get("Shapegen").stream().map(s -> s[1]).toList()).median();
            byContender.forEach((name, values) -> {
                Stats cpu = Stats.of(values.stream().map(v -> v[1]).toList());
                table.row(name.equals("Shapegen") ? "**Shapegen**" : name,
                        Stats.of(values.stream().map(v -> v[0]).toList()).format(1), cpu.format(1),
                        name.equals("Shapegen") ? "—" : ratioPlain(shapegen, cpu.median()));
            });
            text.append(table).append('\n');
        });
        text.append(runs).append(runs == 1 ? " run" : " runs").append(" of each (a fresh JVM each): ").append(warmup).append(" s of calls to warm up,"
                + " then ").append(seconds).append(" s measured per operation. Process CPU counts every thread of the"
                + " client's JVM (garbage collection and background threads included); the server's CPU is not counted."
                + "\n\n");
        print(text.toString());
    }

    private static final String FLOOR = "raw socket floor (same bytes, no client)";

    private void client(int port) throws Exception {
        String options = quick ? "-f 1 -wi 5 -w 1s -i 3 -r 1s" : "-f 2 -wi 10 -w 1s -i 5 -r 1s";
        Map<String, JmhRun.Result> results = new LinkedHashMap<>();
        for (int threads : threadCounts) {
            List<String> jmh = plus(jmhOptions(options, "-bm thrpt -tu s -prof gc -t " + threads),
                    List.of("-jvmArgs", "-Dbench.port=" + port));
            for (JmhRun.Result r : JmhRun.run(modules, "client-shapegen", "ShapegenClientBenchmark|RawFloorBenchmark",
                    jmh, out, "client-shapegen-t" + threads)) {
                results.put(key(r), r);
            }
            for (JmhRun.Result r : JmhRun.run(modules, "client-aws", "AwsClientBenchmark", jmh, out,
                    "client-aws-t" + threads)) {
                results.put(key(r), r);
            }
            if (!baseline.isEmpty()) {
                for (JmhRun.Result r : JmhRun.run(modules, baselineClasspath(true), "ShapegenClientBenchmark", jmh, out,
                        "client-baseline-t" + threads)) {
                    results.put("baseline:" + key(r), r);
                }
            }
        }
        StringBuilder text = new StringBuilder("## Client steady state\n\n");
        for (String op : List.of("describeAppInstance", "createAppInstance")) {
            String operation = Character.toUpperCase(op.charAt(0)) + op.substring(1);
            Table table = new Table(operation, "threads", "calls/s", "mean latency, µs", "bytes allocated per call",
                    "Shapegen ÷ this");
            for (int threads : threadCounts) {
                JmhRun.Result shapegen = results.get("ShapegenClientBenchmark." + op + "|" + threads + "|");
                for (String[] row : new String[][] {{"**Shapegen**", "ShapegenClientBenchmark." + op + "|" + threads + "|"},
                        {awsName("url"), "AwsClientBenchmark." + op + "|" + threads + "|http=url"},
                        {awsName("apache"), "AwsClientBenchmark." + op + "|" + threads + "|http=apache"},
                        {FLOOR, "RawFloorBenchmark." + op + "|" + threads + "|"},
                        {BEFORE, "baseline:ShapegenClientBenchmark." + op + "|" + threads + "|"}}) {
                    JmhRun.Result r = results.get(row[1]);
                    if (r == null) {
                        continue;
                    }
                    table.row(row[0], Integer.toString(threads), r.score().format(0),
                            Stats.number(threads * 1e6 / r.score().median(), 1),
                            r.allocatedPerOp().isEmpty() ? "n/a" : Stats.number(r.allocatedPerOp().median(), 0),
                            r == shapegen ? "—" : ratioPlain(shapegen.score().median(), r.score().median()));
                }
            }
            text.append(table).append('\n');
        }
        text.append("calls/s: JMH throughput, median of the 1-s iterations of all forks (min–max); one client shared by"
                + " all threads. Mean latency = threads ÷ calls/s. Allocation: JMH `-prof gc` (`gc.alloc.rate.norm`),"
                + " the client JVM only (the server is another process).\n\n");
        print(text.toString());
    }

    // ---------------------------------------------------------------- helpers

    private static String key(JmhRun.Result r) {
        return r.benchmark() + "|" + r.threads() + "|" + r.params();
    }

    private static String awsName(String http) {
        return http.equals("url") ? "AWS SDK 2.40.2, url-connection-client" : "AWS SDK 2.40.2, apache-client";
    }

    private static JmhRun.Result only(List<JmhRun.Result> results) {
        if (results.size() != 1) {
            throw new IllegalStateException("expected one result, got " + results);
        }
        return results.get(0);
    }

    private static List<String> jmhOptions(String... groups) {
        List<String> options = new ArrayList<>();
        for (String group : groups) {
            options.addAll(List.of(group.split(" ")));
        }
        return options;
    }

    private static List<String> plus(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String ratio(double numerator, double denominator) {
        return "**" + ratioPlain(numerator, denominator) + "**";
    }

    private static String ratioPlain(double numerator, double denominator) {
        return String.format(Locale.ROOT, "%.2f×", numerator / denominator);
    }

    private static String name(Path jar) {
        return jar.getFileName().toString();
    }

    /**
     * Deletes generated output between measurements, then waits: on this machine's ext4 (mounted with
     * {@code discard}) deleting many files slows the file creation that follows for seconds.
     */
    private static void settle(Path root) throws IOException, InterruptedException {
        if (Files.exists(root)) {
            deleteTree(root);
            Thread.sleep(10_000);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void print(String text) {
        System.out.print(text);
        System.out.flush();
        report.append(text);
    }
}
