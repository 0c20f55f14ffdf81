package io.shapegen.runtime.auth.sigv4;

import io.shapegen.runtime.auth.AwsCredentials;
import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.http.HttpRequest;
import io.shapegen.runtime.protocol.PercentEncoding;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * AWS Signature Version 4: signs a request in its {@code Authorization} header ({@link #sign}) or in
 * its query string, as a presigned URL ({@link #presign}). Stateless and thread-safe.
 *
 * <p>The request's path and query must be exactly as they will be sent (already percent-encoded).
 * Header signing sets {@code Host} (when absent), {@code X-Amz-Date}, {@code X-Amz-Security-Token}
 * (for temporary credentials), optionally {@code x-amz-content-sha256}, and {@code Authorization}.
 */
public final class SigV4Signer {
    /** The algorithm name in the Authorization header and the string to sign. */
    public static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final SigV4Signer INSTANCE = new SigV4Signer();

    private SigV4Signer() {
    }

    /** @return the signer */
    public static SigV4Signer create() {
        return INSTANCE;
    }

    /**
     * Signs a request in its headers.
     *
     * @param request the request as it will be sent
     * @param params credentials, scope, time and options
     * @return the signed request and the values that went into the signature
     */
    public SignedRequest sign(HttpRequest request, SigningParams params) {
        AwsCredentials credentials = params.credentials();
        String amzDate = AMZ_DATE.format(params.signingTime());
        String payloadHash = Sha256.hex(request.body());
        HttpHeaders.Builder headers = withHost(request).toBuilder().remove("Authorization").set("X-Amz-Date", amzDate);
        Optional<String> token = credentials.sessionToken();
        if (token.isPresent() && !params.omitSessionToken()) {
            headers.set("X-Amz-Security-Token", token.get());
        }
        if (params.contentSha256Header()) {
            headers.set("x-amz-content-sha256", payloadHash);
        }
        HttpHeaders toSign = headers.build();
        CanonicalRequest canonical = CanonicalRequest.of(request.method(), request.uri().getRawPath(),
                request.uri().getRawQuery(), toSign, payloadHash, params.normalizePath(), params.doubleUrlEncode());
        String scope = scope(params, amzDate);
        String stringToSign = stringToSign(amzDate, scope, canonical);
        String signature = signature(params, amzDate, stringToSign);
        HttpHeaders.Builder signed = toSign.toBuilder().set("Authorization", ALGORITHM + " Credential="
                + credentials.accessKeyId() + "/" + scope + ", SignedHeaders=" + canonical.signedHeaders()
                + ", Signature=" + signature);
        if (token.isPresent() && params.omitSessionToken()) {
            signed.set("X-Amz-Security-Token", token.get());
        }
        return new SignedRequest(request.toBuilder().headers(signed.build()).build(), canonical, stringToSign, signature);
    }

    /**
     * Signs a request in its query string, so that the URL alone authorizes it until
     * {@link SigningParams#expiration()}.
     *
     * @param request the request as it will be sent; its headers are signed too and must be sent with the URL
     * @param params credentials, scope, time, expiration and options
     * @return the presigned request (the URI carries {@code X-Amz-Signature}) and the values that went into it
     */
    public SignedRequest presign(HttpRequest request, SigningParams params) {
        AwsCredentials credentials = params.credentials();
        String amzDate = AMZ_DATE.format(params.signingTime());
        HttpHeaders headers = withHost(request).toBuilder().remove("Authorization").build();
        String scope = scope(params, amzDate);
        String signedHeaderNames = CanonicalRequest.of("", "/", null, headers, "", false, false).signedHeaders();
        StringBuilder query = new StringBuilder();
        String existing = request.uri().getRawQuery();
        if (existing != null && !existing.isEmpty()) {
            query.append(existing).append('&');
        }
        query.append("X-Amz-Algorithm=").append(ALGORITHM)
                .append("&X-Amz-Credential=").append(PercentEncoding.encode(credentials.accessKeyId() + "/" + scope))
                .append("&X-Amz-Date=").append(amzDate)
                .append("&X-Amz-SignedHeaders=").append(PercentEncoding.encode(signedHeaderNames))
                .append("&X-Amz-Expires=").append(params.expiration().toSeconds());
        Optional<String> token = credentials.sessionToken();
        if (token.isPresent() && !params.omitSessionToken()) {
            query.append("&X-Amz-Security-Token=").append(PercentEncoding.encode(token.get()));
        }
        CanonicalRequest canonical = CanonicalRequest.of(request.method(), request.uri().getRawPath(),
                query.toString(), headers, Sha256.hex(request.body()), params.normalizePath(), params.doubleUrlEncode());
        String stringToSign = stringToSign(amzDate, scope, canonical);
        String signature = signature(params, amzDate, stringToSign);
        if (token.isPresent() && params.omitSessionToken()) {
            query.append("&X-Amz-Security-Token=").append(PercentEncoding.encode(token.get()));
        }
        query.append("&X-Amz-Signature=").append(signature);
        URI uri = request.uri();
        URI presigned = URI.create(uri.getScheme() + "://" + uri.getRawAuthority()
                + (uri.getRawPath() == null ? "" : uri.getRawPath()) + "?" + query);
        HttpRequest result = request.toBuilder().uri(presigned).headers(headers).build();
        return new SignedRequest(result, canonical, stringToSign, signature);
    }

    private static HttpHeaders withHost(HttpRequest request) {
        if (request.headers().contains("Host")) {
            return request.headers();
        }
        URI uri = request.uri();
        int port = uri.getPort();
        boolean defaultPort = port < 0 || port == (uri.getScheme().equalsIgnoreCase("https") ? 443 : 80);
        return request.headers().toBuilder().add("Host", defaultPort ? uri.getHost() : uri.getHost() + ":" + port)
                .build();
    }

    private static String scope(SigningParams params, String amzDate) {
        return amzDate.substring(0, 8) + "/" + params.region() + "/" + params.serviceName() + "/aws4_request";
    }

    private static String stringToSign(String amzDate, String scope, CanonicalRequest canonical) {
        return ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + canonical.hash();
    }

    private static String signature(SigningParams params, String amzDate, String stringToSign) {
        byte[] secret = ("AWS4" + params.credentials().secretAccessKey()).getBytes(StandardCharsets.UTF_8);
        byte[] key = Sha256.hmac(secret, amzDate.substring(0, 8));
        key = Sha256.hmac(key, params.region());
        key = Sha256.hmac(key, params.serviceName());
        key = Sha256.hmac(key, "aws4_request");
        return Sha256.toHex(Sha256.hmac(key, stringToSign));
    }
}
