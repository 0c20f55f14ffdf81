package io.shapegen.bench.aws;

import software.amazon.awssdk.services.chimesdkidentity.ChimeSdkIdentityClient;

/**
 * One cold call: builds the AWS SDK client and makes the first {@code DescribeAppInstance} call, then prints
 * {@code READY} and how long that took inside {@code main}. The runner times the whole process, from start
 * to that line.
 */
public final class AwsColdStart {
    private AwsColdStart() {
    }

    /** @param args the loopback server's port, and {@code url} or {@code apache} */
    public static void main(String[] args) {
        long start = System.nanoTime();
        try (ChimeSdkIdentityClient client = AwsChime.client(Integer.parseInt(args[0]), args[1])) {
            String arn = client.describeAppInstance(AwsChime.describeRequest()).appInstance().appInstanceArn();
            long nanos = System.nanoTime() - start;
            System.out.println("READY " + nanos + " " + arn.length());
        }
    }
}
