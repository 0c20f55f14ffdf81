package io.shapegen.runtime.auth.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.runtime.auth.AwsCredentials;
import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.http.HttpRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SigV4SignerTest {
    private static final AwsCredentials CREDENTIALS =
            AwsCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token-value");

    private static SigningParams.Builder params() {
        return SigningParams.builder().credentials(CREDENTIALS).region("us-east-1").serviceName("chime")
                .signingTime(Instant.parse("2015-08-30T12:36:00Z"));
    }

    private static HttpRequest request(String uri) {
        return HttpRequest.builder().method("GET").uri(URI.create(uri)).build();
    }

    @Test
    void doubleEncodesTheEncodedPathByDefault() {
        SignedRequest signed = SigV4Signer.create().sign(request("https://example.com/users/a%3Ab%2Fc"), params().build());

        assertEquals("/users/a%253Ab%252Fc", signed.canonicalRequest().text().split("\n")[1]);
    }

    @Test
    void singleEncodingModeSignsThePathAsSent() {
        SignedRequest signed = SigV4Signer.create().sign(request("https://example.com/users/a%3Ab%2Fc"),
                params().doubleUrlEncode(false).build());

        assertEquals("/users/a%3Ab%2Fc", signed.canonicalRequest().text().split("\n")[1]);
    }

    @Test
    void pathNormalizationCanBeTurnedOff() {
        assertEquals("/a/c", SigV4Signer.create().sign(request("https://example.com/a/./b/../c"), params().build())
                .canonicalRequest().text().split("\n")[1]);
        assertEquals("/a/./b/../c", SigV4Signer.create().sign(request("https://example.com/a/./b/../c"),
                params().normalizePath(false).build()).canonicalRequest().text().split("\n")[1]);
    }

    @Test
    void addsHostDateTokenAndOptionalContentHash() {
        HttpRequest signed = SigV4Signer.create().sign(
                HttpRequest.builder().method("POST").uri(URI.create("https://example.com:8443/")).body(new byte[]{1}).build(),
                params().contentSha256Header(true).build()).request();

        HttpHeaders headers = signed.headers();
        assertEquals("example.com:8443", headers.firstValue("Host").orElseThrow());
        assertEquals("20150830T123600Z", headers.firstValue("X-Amz-Date").orElseThrow());
        assertEquals("session-token-value", headers.firstValue("X-Amz-Security-Token").orElseThrow());
        assertEquals(64, headers.firstValue("x-amz-content-sha256").orElseThrow().length());
        assertTrue(headers.firstValue("Authorization").orElseThrow().contains(
                "SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,"));
    }

    @Test
    void signingTwiceReplacesTheOldSignature() {
        HttpRequest once = SigV4Signer.create().sign(request("https://example.com/"), params().build()).request();
        HttpRequest twice = SigV4Signer.create().sign(once, params().signingTime(Instant.parse("2015-08-30T12:37:00Z"))
                .build()).request();

        assertEquals(1, twice.headers().allValues("Authorization").size());
        assertEquals(1, twice.headers().allValues("X-Amz-Date").size());
        assertNotEquals(once.headers().firstValue("Authorization"), twice.headers().firstValue("Authorization"));
    }

    @Test
    void userAgentIsNotSigned() {
        HttpRequest request = HttpRequest.builder().method("GET").uri(URI.create("https://example.com/"))
                .headers(HttpHeaders.builder().add("User-Agent", "x").build()).build();

        SignedRequest signed = SigV4Signer.create().sign(request, params().build());

        assertFalse(signed.canonicalRequest().signedHeaders().contains("user-agent"));
    }

    @Test
    void presignPutsEverythingInTheQueryAndKeepsExistingParameters() {
        SignedRequest signed = SigV4Signer.create().presign(request("https://example.com/p?a=1"),
                params().expiration(Duration.ofMinutes(5)).build());

        String query = signed.request().uri().getRawQuery();
        assertTrue(query.startsWith("a=1&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830"),
                query);
        assertTrue(query.contains("&X-Amz-Expires=300&X-Amz-Security-Token=session-token-value&X-Amz-Signature="),
                query);
        assertFalse(signed.request().headers().contains("Authorization"));
    }

    @Test
    void presignExpirationIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> params().expiration(Duration.ofDays(8)).build());
    }

    @Test
    void stringFormsShowNoSecrets() {
        SignedRequest signed = SigV4Signer.create().sign(request("https://example.com/"), params().build());

        String text = signed + " " + signed.canonicalRequest() + " " + params().build();
        assertFalse(text.contains(signed.signature()), text);
        assertFalse(text.contains("session-token-value"), text);
        assertFalse(text.contains("wJalrXUtnFEMI"), text);
    }
}
