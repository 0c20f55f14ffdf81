package io.shapegen.runtime.auth;

import io.shapegen.runtime.config.Environment;
import java.util.Objects;

/**
 * Reads credentials from the environment variables {@code AWS_ACCESS_KEY_ID},
 * {@code AWS_SECRET_ACCESS_KEY} and, for temporary credentials, {@code AWS_SESSION_TOKEN}.
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {
    private final Environment environment;

    private EnvironmentCredentialsProvider(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** @return a provider reading the process environment */
    public static EnvironmentCredentialsProvider create() {
        return new EnvironmentCredentialsProvider(Environment.system());
    }

    /**
     * @param environment where to read the variables; tests pass a fixed one
     * @return a provider reading that environment
     */
    public static EnvironmentCredentialsProvider create(Environment environment) {
        return new EnvironmentCredentialsProvider(environment);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return KeyPairSettings.read(environment.variable("AWS_ACCESS_KEY_ID"),
                environment.variable("AWS_SECRET_ACCESS_KEY"), environment.variable("AWS_SESSION_TOKEN"),
                "environment variables", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
    }

    @Override
    public String toString() {
        return "EnvironmentCredentialsProvider";
    }
}
