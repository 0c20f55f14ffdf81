package io.shapegen.bench.client;

import io.shapegen.services.chimesdkidentity.ChimeSdkIdentityClient;
import io.shapegen.services.chimesdkidentity.model.CreateAppInstanceRequest;
import io.shapegen.services.chimesdkidentity.model.CreateAppInstanceResponse;
import io.shapegen.services.chimesdkidentity.model.DescribeAppInstanceRequest;
import io.shapegen.services.chimesdkidentity.model.DescribeAppInstanceResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Calls per second of the generated chime-sdk-identity client against the loopback server whose port is
 * the system property {@code bench.port}. One client shared by all benchmark threads, as an application
 * shares one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ShapegenClientBenchmark {
    private ChimeSdkIdentityClient client;
    private DescribeAppInstanceRequest describe;
    private CreateAppInstanceRequest create;

    /** Builds the client and checks that both operations get the canned answers. */
    @Setup
    public void setUp() {
        client = ShapegenChime.client(Integer.getInteger("bench.port"));
        describe = ShapegenChime.describeRequest();
        create = ShapegenChime.createRequest();
        if (!ShapegenChime.APP_INSTANCE_ARN.equals(client.describeAppInstance(describe).appInstance().appInstanceArn())
                || !ShapegenChime.APP_INSTANCE_ARN.equals(client.createAppInstance(create).appInstanceArn())) {
            throw new IllegalStateException("the loopback server's answers did not arrive intact");
        }
    }

    /** Closes the client. */
    @TearDown
    public void tearDown() {
        client.close();
    }

    /** @return the response (consumed by JMH) */
    @Benchmark
    public DescribeAppInstanceResponse describeAppInstance() {
        return client.describeAppInstance(describe);
    }

    /** @return the response (consumed by JMH) */
    @Benchmark
    public CreateAppInstanceResponse createAppInstance() {
        return client.createAppInstance(create);
    }
}
