package io.shapegen.bench.aws;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.chimesdkidentity.ChimeSdkIdentityClient;
import software.amazon.awssdk.services.chimesdkidentity.model.CreateAppInstanceRequest;
import software.amazon.awssdk.services.chimesdkidentity.model.DescribeAppInstanceRequest;
import software.amazon.awssdk.services.chimesdkidentity.model.Tag;

/** The AWS SDK's client and the two requests, configured as the generated client is: region, endpoint, static keys. */
final class AwsChime {
    static final String APP_INSTANCE_ARN =
            "arn:aws:chime:us-east-1:123456789012:app-instance/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";

    private AwsChime() {
    }

    /**
     * @param port the loopback server's port
     * @param http {@code url} (url-connection-client) or {@code apache} (apache-client)
     * @return the client
     */
    static ChimeSdkIdentityClient client(int port, String http) {
        SdkHttpClient httpClient = switch (http) {
            case "url" -> UrlConnectionHttpClient.create();
            case "apache" -> ApacheHttpClient.builder().maxConnections(16).build();
            default -> throw new IllegalArgumentException("http is url or apache, not " + http);
        };
        return ChimeSdkIdentityClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")))
                .httpClient(httpClient)
                .build();
    }

    static DescribeAppInstanceRequest describeRequest() {
        return DescribeAppInstanceRequest.builder().appInstanceArn(APP_INSTANCE_ARN).build();
    }

    static CreateAppInstanceRequest createRequest() {
        return CreateAppInstanceRequest.builder()
                .name("benchmark-instance")
                .metadata("created by the shapegen benchmarks")
                .tags(Tag.builder().key("team").value("chat").build())
                .build();
    }
}
