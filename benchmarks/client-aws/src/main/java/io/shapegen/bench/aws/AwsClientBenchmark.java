package io.shapegen.bench.aws;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.services.chimesdkidentity.ChimeSdkIdentityClient;
import software.amazon.awssdk.services.chimesdkidentity.model.CreateAppInstanceRequest;
import software.amazon.awssdk.services.chimesdkidentity.model.CreateAppInstanceResponse;
import software.amazon.awssdk.services.chimesdkidentity.model.DescribeAppInstanceRequest;
import software.amazon.awssdk.services.chimesdkidentity.model.DescribeAppInstanceResponse;

/**
 * Calls per second of the AWS SDK for Java v2 chime-sdk-identity client against the loopback server whose
 * port is the system property {@code bench.port}, with its url-connection or Apache HTTP client. One client
 * shared by all benchmark threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AwsClientBenchmark {
    /** The HTTP client: {@code url} (url-connection-client) or {@code apache} (apache-client). */
    @Param({"url", "apache"})
    public String http;

    private ChimeSdkIdentityClient client;
    private DescribeAppInstanceRequest describe;
    private CreateAppInstanceRequest create;

    /** Builds the client and checks that both operations get the canned answers. */
    @Setup
    public void setUp() {
        client = AwsChime.client(Integer.getInteger("bench.port"), http);
        describe = AwsChime.describeRequest();
        create = AwsChime.createRequest();
        if (!AwsChime.APP_INSTANCE_ARN.equals(client.describeAppInstance(describe).appInstance().appInstanceArn())
                || !AwsChime.APP_INSTANCE_ARN.equals(client.createAppInstance(create).appInstanceArn())) {
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
