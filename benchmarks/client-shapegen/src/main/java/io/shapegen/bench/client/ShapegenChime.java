package io.shapegen.bench.client;

import io.shapegen.bench.server.LoopbackServer;
import io.shapegen.runtime.auth.AwsCredentials;
import io.shapegen.runtime.auth.StaticCredentialsProvider;
import io.shapegen.runtime.region.Region;
import io.shapegen.services.chimesdkidentity.ChimeSdkIdentityClient;
import io.shapegen.services.chimesdkidentity.model.CreateAppInstanceRequest;
import io.shapegen.services.chimesdkidentity.model.DescribeAppInstanceRequest;
import io.shapegen.services.chimesdkidentity.model.Tag;
import java.io.IOException;
import java.net.URI;

/** The generated client and the two requests, configured as a user would: region, endpoint, static keys. */
final class ShapegenChime {
    static final String APP_INSTANCE_ARN =
            "arn:aws:chime:us-east-1:123456789012:app-instance/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";

    private ShapegenChime() {
    }

    static ChimeSdkIdentityClient client(int port) {
        return ChimeSdkIdentityClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")))
                .build();
    }

    static DescribeAppInstanceRequest describeRequest() {
        return DescribeAppInstanceRequest.builder().appInstanceArn(APP_INSTANCE_ARN).build();
    }

    /**
     * The exact bytes the generated client sends for one call of each operation, signature included: what the
     * raw-socket floor replays.
     *
     * @param describe a DescribeAppInstance request
     * @param create a CreateAppInstance request
     */
    record CapturedRequests(byte[] describe, byte[] create) {
        static CapturedRequests capture() throws IOException {
            try (LoopbackServer capture = LoopbackServer.startCapturing();
                    ChimeSdkIdentityClient client = client(capture.port())) {
                client.describeAppInstance(describeRequest());
                byte[] describe = capture.lastRequest().orElseThrow();
                client.createAppInstance(createRequest());
                return new CapturedRequests(describe, capture.lastRequest().orElseThrow());
            }
        }
    }

    static CreateAppInstanceRequest createRequest() {
        return CreateAppInstanceRequest.builder()
                .name("benchmark-instance")
                .metadata("created by the shapegen benchmarks")
                .tags(Tag.builder().key("team").value("chat").build())
                .build();
    }
}
