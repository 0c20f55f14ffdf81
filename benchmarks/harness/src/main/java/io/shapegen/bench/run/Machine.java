package io.shapegen.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the numbers were measured on, and how busy it was. */
final class Machine {
    private Machine() {
    }

    /** @return CPU model, cores, memory, OS and JDK */
    static String describe() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it unknown
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format(Locale.ROOT, "%s, %d cores, %.0f GiB, %s %s, JDK %s (%s)", cpu,
                Runtime.getRuntime().availableProcessors(), memory / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    /** @return the 1-minute load average, or NaN where /proc/loadavg does not exist */
    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * Waits until the 1-minute load average is below a limit, polling every 10 s.
     *
     * @return whether the load went below the limit before the deadline
     */
    static boolean awaitLoadBelow(double limit, long maxWaitSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + maxWaitSeconds * 1_000_000_000L;
        boolean told = false;
        while (!(load() < limit)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (!told) {
                System.out.printf(Locale.ROOT, "Waiting for the 1-minute load average (%.2f) to fall below %.2f...%n",
                        load(), limit);
                told = true;
            }
            Thread.sleep(10_000);
        }
        return true;
    }
}
