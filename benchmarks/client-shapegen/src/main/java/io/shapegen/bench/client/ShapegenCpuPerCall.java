package io.shapegen.bench.client;

import io.shapegen.bench.CpuPerCall;
import io.shapegen.bench.RawHttpClient;
import io.shapegen.services.chimesdkidentity.ChimeSdkIdentityClient;
import io.shapegen.services.chimesdkidentity.model.CreateAppInstanceRequest;
import io.shapegen.services.chimesdkidentity.model.DescribeAppInstanceRequest;

/** {@link CpuPerCall} for the generated client ({@code shapegen}) or the raw-socket floor ({@code raw}). */
public final class ShapegenCpuPerCall {
    private ShapegenCpuPerCall() {
    }

    /**
     * @param args the loopback server's port, {@code shapegen} or {@code raw}, warm-up and measured seconds
     * @throws Exception if a call fails
     */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        double warmup = Double.parseDouble(args[2]);
        double seconds = Double.parseDouble(args[3]);
        if (args[1].equals("raw")) {
            ShapegenChime.CapturedRequests captured = ShapegenChime.CapturedRequests.capture();
            try (RawHttpClient raw = new RawHttpClient(port)) {
                CpuPerCall.measure("describeAppInstance", () -> raw.exchange(captured.describe()), warmup, seconds);
                CpuPerCall.measure("createAppInstance", () -> raw.exchange(captured.create()), warmup, seconds);
            }
            return;
        }
        try (ChimeSdkIdentityClient client = ShapegenChime.client(port)) {
            DescribeAppInstanceRequest describe = ShapegenChime.describeRequest();
            CreateAppInstanceRequest create = ShapegenChime.createRequest();
            CpuPerCall.measure("describeAppInstance", () -> client.describeAppInstance(describe), warmup, seconds);
            CpuPerCall.measure("createAppInstance", () -> client.createAppInstance(create), warmup, seconds);
        }
    }
}
