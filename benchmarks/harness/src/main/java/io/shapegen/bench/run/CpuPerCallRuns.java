package io.shapegen.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the {@code *CpuPerCall} programs, each in a fresh JVM, and collects the lines they print. */
final class CpuPerCallRuns {
    private CpuPerCallRuns() {
    }

    /**
     * @param commands each contender's command line, by name
     * @param runs how many runs of each; the contenders take turns
     * @param log where the programs' output goes
     * @param directory the working directory
     * @return by operation, then contender: {wall µs, process CPU µs} per run
     */
    static Map<String, Map<String, List<double[]>>> run(Map<String, List<String>> commands, int runs, Path log,
            Path directory) throws IOException, InterruptedException {
        Map<String, Map<String, List<double[]>>> samples = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            for (Map.Entry<String, List<String>> entry : commands.entrySet()) {
                Files.deleteIfExists(log);
                if (Processes.runLogged(entry.getValue(), log, directory) != 0) {
                    throw new IllegalStateException("CPU per call of " + entry.getKey() + " failed; see " + log);
                }
                for (String line : Files.readAllLines(log)) {
                    if (!line.startsWith("CPU ")) {
                        continue;
                    }
                    // CPU <operation> calls=N wall_us=W cpu_us=C
                    String[] parts = line.split(" ");
                    double wall = Double.parseDouble(parts[3].substring("wall_us=".length()));
                    double cpu = Double.parseDouble(parts[4].substring("cpu_us=".length()));
                    samples.computeIfAbsent(parts[1], k -> new LinkedHashMap<>())
                            .computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(new double[] {wall, cpu});
                }
            }
        }
        return samples;
    }
}
