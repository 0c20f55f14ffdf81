package io.shapegen.bench.client;

import io.shapegen.bench.RawHttpClient;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The physical limit: the exact request bytes the generated client sends (captured once from a real call,
 * signature included) replayed over a plain keep-alive socket to the same loopback server, one socket per
 * thread. Neither signing, JSON nor an HTTP client is involved.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RawFloorBenchmark {
    /** The captured requests, shared by every thread. */
    @State(Scope.Benchmark)
    public static class Requests {
        byte[] describe;
        byte[] create;

        /**
         * Captures one request of each operation from the generated client.
         *
         * @throws IOException if the capture server fails
         */
        @Setup
        public void capture() throws IOException {
            ShapegenChime.CapturedRequests captured = ShapegenChime.CapturedRequests.capture();
            describe = captured.describe();
            create = captured.create();
        }
    }

    /** One keep-alive socket per benchmark thread. */
    @State(Scope.Thread)
    public static class Socket {
        RawHttpClient client;

        /** @throws IOException if the loopback server cannot be reached */
        @Setup(Level.Trial)
        public void connect() throws IOException {
            client = new RawHttpClient(Integer.getInteger("bench.port"));
        }

        /** @throws IOException never in practice */
        @TearDown(Level.Trial)
        public void close() throws IOException {
            client.close();
        }
    }

    /**
     * @param requests the captured bytes
     * @param socket this thread's socket
     * @return the status code
     * @throws IOException if the exchange fails
     */
    @Benchmark
    public int describeAppInstance(Requests requests, Socket socket) throws IOException {
        return check(socket.client.exchange(requests.describe), 200);
    }

    /**
     * @param requests the captured bytes
     * @param socket this thread's socket
     * @return the status code
     * @throws IOException if the exchange fails
     */
    @Benchmark
    public int createAppInstance(Requests requests, Socket socket) throws IOException {
        return check(socket.client.exchange(requests.create), 201);
    }

    private static int check(int status, int expected) throws IOException {
        if (status != expected) {
            throw new IOException("HTTP " + status + " instead of " + expected);
        }
        return status;
    }
}
