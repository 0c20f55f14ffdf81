package io.shapegen.runtime.auth;

import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.config.Environment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Looks for credentials in the usual places, in this order, and uses the first that has them:
 * <ol>
 *   <li>environment variables ({@link EnvironmentCredentialsProvider}),</li>
 *   <li>system properties ({@link SystemPropertyCredentialsProvider}),</li>
 *   <li>the shared files' profile ({@link ProfileCredentialsProvider}).</li>
 * </ol>
 * Credentials given in code ({@link StaticCredentialsProvider}) are not part of the chain: pass them to
 * the client instead. The source that worked last is asked first next time. When no source has
 * credentials, the error lists what each one lacked.
 */
public final class DefaultCredentialsProvider implements CredentialsProvider {
    private final List<CredentialsProvider> chain;
    private volatile CredentialsProvider lastWorking;

    private DefaultCredentialsProvider(Environment environment, Optional<String> profileName) {
        this.chain = List.of(EnvironmentCredentialsProvider.create(environment),
                SystemPropertyCredentialsProvider.create(environment),
                ProfileCredentialsProvider.create(environment, profileName));
    }

    /** @return the chain over the real environment, system properties and files */
    public static DefaultCredentialsProvider create() {
        return new DefaultCredentialsProvider(Environment.system(), Optional.empty());
    }

    /**
     * @param environment where every source looks; tests pass a fixed one
     * @return the chain over that environment, with the active profile
     */
    public static DefaultCredentialsProvider create(Environment environment) {
        return new DefaultCredentialsProvider(Objects.requireNonNull(environment, "environment"), Optional.empty());
    }

    /**
     * @param environment where every source looks
     * @param profileName the profile the last source reads, whatever {@code AWS_PROFILE} says
     * @return the chain over that environment
     */
    public static DefaultCredentialsProvider create(Environment environment, String profileName) {
        return new DefaultCredentialsProvider(Objects.requireNonNull(environment, "environment"),
                Optional.of(profileName));
    }

    @Override
    public AwsCredentials resolveCredentials() {
        CredentialsProvider last = lastWorking;
        if (last != null) {
            try {
                return last.resolveCredentials();
            } catch (SdkClientException e) {
                lastWorking = null;
            }
        }
        StringBuilder tried = new StringBuilder();
        for (int i = 0; i < chain.size(); i++) {
            CredentialsProvider provider = chain.get(i);
            try {
                AwsCredentials credentials = provider.resolveCredentials();
                lastWorking = provider;
                return credentials;
            } catch (SdkClientException e) {
                tried.append(' ').append(i + 1).append(") ").append(e.getMessage());
            }
        }
        throw new SdkClientException("Found no AWS credentials. Tried, in order:" + tried
                + " Fix one of them: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the aws.accessKeyId and"
                + " aws.secretAccessKey system properties, or add the keys to a profile in ~/.aws/credentials, or"
                + " pass a StaticCredentialsProvider to the client.");
    }

    @Override
    public String toString() {
        return "DefaultCredentialsProvider" + chain;
    }
}
