package io.shapegen.services.chimesdkidentity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The test's own Signature Version 4, written from the AWS documentation with javax.crypto and independent of the
 * runtime's signer: it recomputes the {@code Authorization} a request must carry from what the server received.
 */
final class ReferenceSigV4 {
    private ReferenceSigV4() {
    }

    /**
     * @param request what the server received
     * @param accessKey the access key id
     * @param secretKey the secret key
     * @param region the region
     * @param service the signing name
     * @return the expected {@code Authorization} value, signing the headers the request says it signed
     */
    static String expectedAuthorization(FakeChime.Received request, String accessKey, String secretKey, String region,
            String service) throws GeneralSecurityException {
        String authorization = request.header("Authorization");
        String signedHeaders = authorization.replaceFirst(".*SignedHeaders=([^,]+),.*", "$1");
        String amzDate = request.header("X-Amz-Date");
        String date = amzDate.substring(0, 8);
        StringBuilder canonical = new StringBuilder();
        canonical.append(request.method()).append('\n');
        canonical.append(canonicalPath(request.rawPath())).append('\n');
        canonical.append(canonicalQuery(request.rawQuery())).append('\n');
        for (String name : signedHeaders.split(";")) {
            canonical.append(name).append(':').append(request.header(name).trim().replaceAll(" +", " ")).append('\n');
        }
        canonical.append('\n').append(signedHeaders).append('\n').append(hex(sha256(request.body())));
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        return "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + hex(hmac(key, stringToSign));
    }

    /** Every service but S3: each segment of the already-encoded path is encoded once more. */
    private static String canonicalPath(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/", -1)) {
            segments.add(encode(segment));
        }
        return String.join("/", segments);
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        TreeMap<String, List<String>> parameters = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = encode(decode(equals < 0 ? pair : pair.substring(0, equals)));
            String value = equals < 0 ? "" : encode(decode(pair.substring(equals + 1)));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            parameter.getValue().stream().sorted().forEach(value -> parts.add(parameter.getKey() + "=" + value));
        }
        return String.join("&", parts);
    }

    /** RFC 3986 unreserved characters stay, every other UTF-8 byte becomes %XX. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    static String decode(String text) {
        return java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    private static byte[] hmac(byte[] key, String data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format(Locale.ROOT, "%02x", b & 0xFF));
        }
        return out.toString();
    }
}
