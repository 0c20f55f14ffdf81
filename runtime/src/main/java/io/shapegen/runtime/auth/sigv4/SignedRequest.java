package io.shapegen.runtime.auth.sigv4;

import io.shapegen.runtime.http.HttpRequest;

/**
 * The result of signing: the request to send, and the intermediate values, which tests compare with
 * the SigV4 test suites. {@link #toString()} shows none of the secrets (signature, token).
 */
public final class SignedRequest {
    private final HttpRequest request;
    private final CanonicalRequest canonicalRequest;
    private final String stringToSign;
    private final String signature;

    SignedRequest(HttpRequest request, CanonicalRequest canonicalRequest, String stringToSign, String signature) {
        this.request = request;
        this.canonicalRequest = canonicalRequest;
        this.stringToSign = stringToSign;
        this.signature = signature;
    }

    /** @return the signed request: with {@code Authorization}, or with the signature in the query when presigned */
    public HttpRequest request() {
        return request;
    }

    /** @return the canonical request that was signed */
    public CanonicalRequest canonicalRequest() {
        return canonicalRequest;
    }

    /** @return the string to sign: algorithm, time, scope and the canonical request's hash */
    public String stringToSign() {
        return stringToSign;
    }

    /** @return the hex signature */
    public String signature() {
        return signature;
    }

    @Override
    public String toString() {
        return "SignedRequest(" + request + ", signedHeaders=" + canonicalRequest.signedHeaders() + ")";
    }
}
