package io.shapegen.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * What one call costs the client's process, one thread calling: wall time and CPU time per call, the CPU of
 * every thread of the JVM counted (garbage collection and a library's background threads included). On this
 * VM a one-thread round trip is mostly waiting for the other process; CPU per call is what the client adds.
 */
public final class CpuPerCall {
    private CpuPerCall() {
    }

    /**
     * Calls for {@code warmupSeconds}, then measures for {@code seconds}; prints
     * {@code CPU <name> calls=N wall_us=W cpu_us=C}.
     *
     * @param name what is measured, for the output line
     * @param call one call
     * @param warmupSeconds how long to call before measuring
     * @param seconds how long to measure
     * @throws Exception if a call fails
     */
    public static void measure(String name, Callable<?> call, double warmupSeconds, double seconds) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < end) {
            call.call();
        }
        long calls = 0;
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        end = start + (long) (seconds * 1e9);
        long now;
        do {
            call.call();
            calls++;
            now = System.nanoTime();
        } while (now < end);
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e3 / calls;
        System.out.printf(Locale.ROOT, "CPU %s calls=%d wall_us=%.2f cpu_us=%.2f%n", name, calls,
                (now - start) / 1e3 / calls, cpu);
    }
}
