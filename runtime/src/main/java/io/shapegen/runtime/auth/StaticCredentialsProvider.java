package io.shapegen.runtime.auth;

import java.util.Objects;

/** Always supplies the same credentials, given in code. */
public final class StaticCredentialsProvider implements CredentialsProvider {
    private final AwsCredentials credentials;

    private StaticCredentialsProvider(AwsCredentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /**
     * @param credentials the credentials to supply
     * @return a provider of exactly those credentials
     */
    public static StaticCredentialsProvider create(AwsCredentials credentials) {
        return new StaticCredentialsProvider(credentials);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return "StaticCredentialsProvider(" + credentials + ")";
    }
}
