package io.shapegen.runtime.auth.sigv4;

import io.shapegen.runtime.auth.AwsCredentials;
import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.http.HttpRequest;
import io.shapegen.runtime.protocol.PercentEncoding;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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

    private static final SigV4Signer INSTANCE = new SigV4Signer();

    /**
     * The last signing key derived: it depends only on the secret key, the day, the region and the service, so
     * deriving it (four HMACs) once a day instead of once per request is what the AWS SDKs do too.
     */
    private volatile SigningKey lastSigningKey;
    /** The last signing time's texts: every request signed within the same second shares them. */
    private volatile SigningDate lastSigningDate;

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
        SigningDate date = signingDate(params.signingTime());
        String amzDate = date.amzDate;
        String payloadHash = Sha256.hexOfBody(request);
        HttpHeaders.Builder headers = request.headers().toBuilder();
        if (!request.headers().contains("Host")) {
            headers.add("Host", hostHeader(request));
        }
        headers.remove("Authorization").set("X-Amz-Date", amzDate);
        Optional<String> token = credentials.sessionToken();
        if (token.isPresent() && !params.omitSessionToken()) {
            headers.set("X-Amz-Security-Token", token.get());
        }
        if (params.contentSha256Header()) {
            headers.set("x-amz-content-sha256", payloadHash);
        }
        HttpHeaders toSign = headers.build();
        CanonicalRequest canonical = CanonicalRequest.of(request.method(), request.rawPath(), request.rawQuery(), toSign,
                payloadHash, params.normalizePath(), params.doubleUrlEncode());
        SigningKey key = signingKey(params, date.day);
        String stringToSign = stringToSign(amzDate, key.scope, canonical);
        String signature = Sha256.toHex(Sha256.hmac(key.key, stringToSign));
        // String.join sizes the result once; this runs on every request (the runtime compiles '+' to StringBuilder).
        headers.set("Authorization", String.join("", key.authorizationStart(credentials.accessKeyId()),
                canonical.signedHeaders(), ", Signature=", signature));
        if (token.isPresent() && params.omitSessionToken()) {
            headers.set("X-Amz-Security-Token", token.get());
        }
        return new SignedRequest(request.withHeaders(headers.build()), canonical, stringToSign, signature);
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
        String amzDate = amzDate(params.signingTime());
        HttpHeaders headers = withHost(request).toBuilder().remove("Authorization").build();
        String scope = scope(params, amzDate);
        String signedHeaderNames = CanonicalRequest.of("", "/", null, headers, "", false, false).signedHeaders();
        StringBuilder query = new StringBuilder();
        String existing = request.rawQuery();
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
        CanonicalRequest canonical = CanonicalRequest.of(request.method(), request.rawPath(), query.toString(), headers,
                Sha256.hexOfBody(request), params.normalizePath(), params.doubleUrlEncode());
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
        return request.headers().toBuilder().add("Host", hostHeader(request)).build();
    }

    private static String hostHeader(HttpRequest request) {
        int port = request.port();
        boolean defaultPort = port < 0 || port == (request.scheme().equalsIgnoreCase("https") ? 443 : 80);
        return defaultPort ? request.host() : request.host() + ":" + port;
    }

    /**
     * @return the time as {@code yyyyMMdd'T'HHmmss'Z'} in UTC; written out because a {@code DateTimeFormatter}
     *     costs milliseconds to set up at the first signature and allocates on every call
     */
    static String amzDate(Instant time) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = utc.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("Cannot sign at " + time + ": SigV4 dates have four-digit years.");
        }
        char[] text = new char[16];
        digits(text, 0, year, 4);
        digits(text, 4, utc.getMonthValue(), 2);
        digits(text, 6, utc.getDayOfMonth(), 2);
        text[8] = 'T';
        digits(text, 9, utc.getHour(), 2);
        digits(text, 11, utc.getMinute(), 2);
        digits(text, 13, utc.getSecond(), 2);
        text[15] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private String scope(SigningParams params, String amzDate) {
        return signingKey(params, amzDate.substring(0, 8)).scope;
    }

    /** @return the texts of the signing time, made once per second */
    private SigningDate signingDate(Instant time) {
        SigningDate last = lastSigningDate;
        if (last != null && last.epochSecond == time.getEpochSecond()) {
            return last;
        }
        SigningDate made = new SigningDate(time.getEpochSecond(), amzDate(time));
        lastSigningDate = made;
        return made;
    }

    private static String stringToSign(String amzDate, String scope, CanonicalRequest canonical) {
        return String.join("\n", ALGORITHM, amzDate, scope, canonical.hash());
    }

    private String signature(SigningParams params, String amzDate, String stringToSign) {
        return Sha256.toHex(Sha256.hmac(signingKey(params, amzDate.substring(0, 8)).key, stringToSign));
    }

    private SigningKey signingKey(SigningParams params, String day) {
        String secretKey = params.credentials().secretAccessKey();
        SigningKey last = lastSigningKey;
        if (last != null && last.matches(secretKey, day, params.region(), params.serviceName())) {
            return last;
        }
        byte[] secret = ("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8);
        byte[] key = Sha256.hmac(secret, day);
        key = Sha256.hmac(key, params.region());
        key = Sha256.hmac(key, params.serviceName());
        key = Sha256.hmac(key, "aws4_request");
        SigningKey made = new SigningKey(secretKey, day, params.region(), params.serviceName(), key);
        lastSigningKey = made;
        return made;
    }

    /** A signing time as SigV4 writes it: {@code X-Amz-Date} and the scope's day. Never changed. */
    private static final class SigningDate {
        private final long epochSecond;
        private final String amzDate;
        private final String day;

        SigningDate(long epochSecond, String amzDate) {
            this.epochSecond = epochSecond;
            this.amzDate = amzDate;
            this.day = amzDate.substring(0, 8);
        }
    }

    /**
     * A derived signing key, its scope, and what it was derived from. Never changed (but for the cached start of
     * the Authorization header, a benign race), never handed out.
     */
    private static final class SigningKey {
        private final String secretKey;
        private final String day;
        private final String region;
        private final String service;
        private final byte[] key;
        private final String scope;
        /** {@code AWS4-HMAC-SHA256 Credential=<access key>/<scope>, SignedHeaders=} for the last access key. */
        private volatile AuthorizationStart authorizationStart;

        SigningKey(String secretKey, String day, String region, String service, byte[] key) {
            this.secretKey = secretKey;
            this.day = day;
            this.region = region;
            this.service = service;
            this.key = key;
            this.scope = String.join("/", day, region, service, "aws4_request");
        }

        /** @return the Authorization header up to the signed header names, made once per access key */
        String authorizationStart(String accessKeyId) {
            AuthorizationStart start = authorizationStart;
            if (start == null || !start.accessKeyId.equals(accessKeyId)) {
                start = new AuthorizationStart(accessKeyId, String.join("", ALGORITHM, " Credential=", accessKeyId,
                        "/", scope, ", SignedHeaders="));
                authorizationStart = start;
            }
            return start.text;
        }

        boolean matches(String secretKey, String day, String region, String service) {
            return this.secretKey.equals(secretKey) && this.day.equals(day) && this.region.equals(region)
                    && this.service.equals(service);
        }

        @Override
        public String toString() {
            return "SigningKey(" + day + "/" + region + "/" + service + ")";
        }
    }

    /** The start of an Authorization header and the access key it names. */
    private static final class AuthorizationStart {
        private final String accessKeyId;
        private final String text;

        AuthorizationStart(String accessKeyId, String text) {
            this.accessKeyId = accessKeyId;
            this.text = text;
        }
    }
}
