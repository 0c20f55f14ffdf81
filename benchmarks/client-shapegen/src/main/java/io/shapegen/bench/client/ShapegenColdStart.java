package io.shapegen.bench.client;

import io.shapegen.services.chimesdkidentity.ChimeSdkIdentityClient;

/**
 * One cold call: builds the client and makes the first {@code DescribeAppInstance} call, then prints
 * {@code READY} and how long that took inside {@code main}. The runner times the whole process, from start
 * to that line.
 */
public final class ShapegenColdStart {
    private ShapegenColdStart() {
    }

    /** @param args the loopback server's port */
    public static void main(String[] args) {
        long start = System.nanoTime();
        try (ChimeSdkIdentityClient client = ShapegenChime.client(Integer.parseInt(args[0]))) {
            String arn = client.describeAppInstance(ShapegenChime.describeRequest()).appInstance().appInstanceArn();
            long nanos = System.nanoTime() - start;
            System.out.println("READY " + nanos + " " + arn.length());
        }
    }
}
