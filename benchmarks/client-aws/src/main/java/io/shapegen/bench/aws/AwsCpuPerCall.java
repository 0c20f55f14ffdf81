package io.shapegen.bench.aws;

import io.shapegen.bench.CpuPerCall;
import software.amazon.awssdk.services.chimesdkidentity.ChimeSdkIdentityClient;
import software.amazon.awssdk.services.chimesdkidentity.model.CreateAppInstanceRequest;
import software.amazon.awssdk.services.chimesdkidentity.model.DescribeAppInstanceRequest;

/** {@link CpuPerCall} for the AWS SDK's client with its url-connection or Apache HTTP client. */
public final class AwsCpuPerCall {
    private AwsCpuPerCall() {
    }

    /**
     * @param args the loopback server's port, {@code url} or {@code apache}, warm-up and measured seconds
     * @throws Exception if a call fails
     */
    public static void main(String[] args) throws Exception {
        double warmup = Double.parseDouble(args[2]);
        double seconds = Double.parseDouble(args[3]);
        try (ChimeSdkIdentityClient client = AwsChime.client(Integer.parseInt(args[0]), args[1])) {
            DescribeAppInstanceRequest describe = AwsChime.describeRequest();
            CreateAppInstanceRequest create = AwsChime.createRequest();
            CpuPerCall.measure("describeAppInstance", () -> client.describeAppInstance(describe), warmup, seconds);
            CpuPerCall.measure("createAppInstance", () -> client.createAppInstance(create), warmup, seconds);
        }
    }
}
