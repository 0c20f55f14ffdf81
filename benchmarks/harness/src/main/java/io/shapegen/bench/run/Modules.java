package io.shapegen.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The benchmark modules and the exact runtime classpath of each (its classes and the jars Maven resolved
 * into {@code target/runtime-classpath.txt}), so every measured JVM runs on its own contender's jars only.
 */
final class Modules {
    /** The jars of the harness and of JMH, which no contender needs at run time. */
    static final Predicate<Path> BENCH_ONLY = jar -> {
        String name = jar.getFileName().toString();
        return name.startsWith("shapegen-bench-") || name.startsWith("jmh-") || name.startsWith("jopt-simple-")
                || name.startsWith("commons-math3-");
    };

    private final Path home;

    /** @param home the {@code benchmarks} folder */
    Modules(Path home) {
        this.home = home;
    }

    Path home() {
        return home;
    }

    /** @return the module's classes folder followed by its runtime jars */
    List<Path> classpath(String module) {
        List<Path> entries = new ArrayList<>();
        entries.add(home.resolve(module).resolve("target/classes"));
        entries.addAll(jars(module));
        return entries;
    }

    /** @return the module's runtime jars, as Maven resolved them */
    List<Path> jars(String module) {
        Path file = home.resolve(module).resolve("target/runtime-classpath.txt");
        try {
            String text = Files.readString(file).trim();
            List<Path> jars = new ArrayList<>();
            for (String entry : text.split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    jars.add(Path.of(entry));
                }
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException("No " + file + ": build the benchmarks first (mvn -Pbench -pl benchmarks"
                    + " -amd install -DskipTests, or bash benchmarks/run.sh).", e);
        }
    }

    static String join(List<Path> classpath) {
        List<String> parts = new ArrayList<>();
        for (Path path : classpath) {
            parts.add(path.toString());
        }
        return String.join(java.io.File.pathSeparator, parts);
    }
}
