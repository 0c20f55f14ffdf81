package io.shapegen.bench.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Starting the measured processes. */
final class Processes {
    private Processes() {
    }

    /** @return the {@code java} launcher of the JDK running the runner */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a command to the end, its output appended to a log file; returns the exit code. */
    static int runLogged(List<String> command, Path log, Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return process.waitFor();
    }
}
