package io.shapegen.bench.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The loopback server in its own JVM; closing its standard input stops it. */
final class LoopbackProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private LoopbackProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static LoopbackProcess start(Modules modules, Path out) throws IOException, InterruptedException {
        Path portFile = out.resolve("loopback.port");
        Files.deleteIfExists(portFile);
        Process process = new ProcessBuilder(Processes.java(), "-XX:+UseSerialGC", "-cp",
                modules.home().resolve("harness/target/classes").toString(), "io.shapegen.bench.server.LoopbackServer",
                "0", portFile.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.resolve("loopback.log").toFile())).start();
        for (int i = 0; i < 200 && !Files.exists(portFile); i++) {
            Thread.sleep(50);
        }
        if (!Files.exists(portFile)) {
            process.destroy();
            throw new IllegalStateException("The loopback server did not start; see " + out.resolve("loopback.log"));
        }
        return new LoopbackProcess(process, Integer.parseInt(Files.readString(portFile).trim()));
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        OutputStream stdin = process.getOutputStream();
        stdin.close();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroy();
        }
    }
}
