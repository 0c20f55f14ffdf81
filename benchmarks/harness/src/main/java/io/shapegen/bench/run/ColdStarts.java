package io.shapegen.bench.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whole-process cold starts: from starting {@code java} to the line the program prints right after its first
 * {@code DescribeAppInstance} response arrived. The contenders take turns, run after run, so a burst of load
 * on the machine hits them alike.
 */
final class ColdStarts {
    /**
     * One contender's samples.
     *
     * @param process start to first response, ms
     * @param inMain from entering {@code main} to the first response, ms
     */
    record Samples(List<Double> process, List<Double> inMain) {
    }

    private ColdStarts() {
    }

    /**
     * @param commands each contender's command line, by name
     * @param runs how many runs of each
     * @return the samples by contender
     */
    static Map<String, Samples> run(Map<String, List<String>> commands, int runs) throws IOException, InterruptedException {
        Map<String, Samples> samples = new LinkedHashMap<>();
        commands.keySet().forEach(name -> samples.put(name, new Samples(new ArrayList<>(), new ArrayList<>())));
        for (Map.Entry<String, List<String>> entry : commands.entrySet()) {
            once(entry.getKey(), entry.getValue()); // page the jars into the OS cache; not counted
        }
        for (int run = 0; run < runs; run++) {
            for (Map.Entry<String, List<String>> entry : commands.entrySet()) {
                double[] times = once(entry.getKey(), entry.getValue());
                samples.get(entry.getKey()).process().add(times[0]);
                samples.get(entry.getKey()).inMain().add(times[1]);
            }
        }
        return samples;
    }

    private static double[] once(String name, List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("READY ")) {
                    double total = (System.nanoTime() - start) / 1e6;
                    double inMain = Long.parseLong(line.split(" ")[1]) / 1e6;
                    drain(out);
                    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                        throw new IllegalStateException(name + " cold start did not exit cleanly");
                    }
                    return new double[] {total, inMain};
                }
            }
        }
        process.waitFor();
        throw new IllegalStateException(name + " cold start printed no READY line (exit " + process.exitValue()
                + "): " + String.join(" ", command));
    }

    private static void drain(BufferedReader out) throws IOException {
        while (out.readLine() != null) {
            // discard
        }
    }
}
