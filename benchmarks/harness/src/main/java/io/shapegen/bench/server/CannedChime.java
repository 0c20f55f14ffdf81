package io.shapegen.bench.server;

import java.nio.charset.StandardCharsets;

/**
 * The canned chime-sdk-identity answers the loopback server gives, as complete HTTP/1.1 responses: the
 * bytes the service sends for {@code DescribeAppInstance} and {@code CreateAppInstance} (status, headers,
 * JSON body as in the model), so both clients parse the same thing.
 */
public final class CannedChime {
    /** The app instance ARN every answer names. */
    public static final String APP_INSTANCE_ARN =
            "arn:aws:chime:us-east-1:123456789012:app-instance/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";

    static final byte[] DESCRIBE_APP_INSTANCE = response(200, "{\"AppInstance\":{\"AppInstanceArn\":\""
            + APP_INSTANCE_ARN + "\",\"Name\":\"benchmark-instance\",\"CreatedTimestamp\":1.700000000123E9,"
            + "\"LastUpdatedTimestamp\":1.700000600456E9,\"Metadata\":\"created by the shapegen benchmarks\"}}");
    static final byte[] CREATE_APP_INSTANCE = response(201, "{\"AppInstanceArn\":\"" + APP_INSTANCE_ARN + "\"}");
    static final byte[] NOT_FOUND = error(404, "NotFoundException", "No canned answer for this request.");

    private CannedChime() {
    }

    private static byte[] response(int status, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Created") + "\r\n"
                + "Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: keep-alive\r\n"
                + "x-amzn-RequestId: 5f2c3b1e-8d4a-4c1b-9e7f-0a1b2c3d4e5f\r\n"
                + "\r\n";
        return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private static byte[] error(int status, String code, String message) {
        byte[] body = ("{\"Code\":\"" + code + "\",\"Message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " Not Found\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\nx-amzn-ErrorType: " + code + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
