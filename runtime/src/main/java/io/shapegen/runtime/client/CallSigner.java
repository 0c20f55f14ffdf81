package io.shapegen.runtime.client;

import io.shapegen.runtime.auth.AwsCredentials;
import io.shapegen.runtime.auth.CredentialsProvider;
import io.shapegen.runtime.auth.sigv4.SigV4Signer;
import io.shapegen.runtime.auth.sigv4.SigningParams;
import io.shapegen.runtime.http.HttpRequest;
import io.shapegen.runtime.region.Region;
import java.time.Clock;

/**
 * Signs every attempt of a client's calls with SigV4: credentials resolved per attempt (so rotated ones are
 * picked up), the client's region and the service's signing name, the client's clock. The sync and the async
 * client sign the same way through this one class.
 */
final class CallSigner {
    private final CredentialsProvider credentials;
    private final Region region;
    private final String signingName;
    private final Clock clock;

    CallSigner(CredentialsProvider credentials, Region region, ServiceInfo service, Clock clock) {
        this.credentials = credentials;
        this.region = region;
        this.signingName = service.signingName();
        this.clock = clock;
    }

    /** @return the request with its SigV4 headers */
    HttpRequest sign(HttpRequest unsigned) {
        AwsCredentials resolved = credentials.resolveCredentials();
        SigningParams params = SigningParams.builder().credentials(resolved).region(region.id())
                .serviceName(signingName).signingTime(clock.instant()).build();
        return SigV4Signer.create().sign(unsigned, params).request();
    }
}
