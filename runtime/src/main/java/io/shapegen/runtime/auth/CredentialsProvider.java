package io.shapegen.runtime.auth;

/**
 * Supplies the credentials a request is signed with. Called for every attempt of every call, so
 * providers that read files or call services should cache.
 */
@FunctionalInterface
public interface CredentialsProvider {
    /**
     * @return the credentials to sign with
     * @throws io.shapegen.runtime.SdkClientException saying where credentials were looked for and how
     *     to provide them, when none are available
     */
    AwsCredentials resolveCredentials();
}
