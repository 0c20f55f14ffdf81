package io.shapegen.runtime.auth;

import io.shapegen.runtime.config.Environment;
import java.util.Objects;

/**
 * Reads credentials from the system properties {@code aws.accessKeyId}, {@code aws.secretAccessKey}
 * and, for temporary credentials, {@code aws.sessionToken}.
 */
public final class SystemPropertyCredentialsProvider implements CredentialsProvider {
    private final Environment environment;

    private SystemPropertyCredentialsProvider(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** @return a provider reading the JVM's system properties */
    public static SystemPropertyCredentialsProvider create() {
        return new SystemPropertyCredentialsProvider(Environment.system());
    }

    /**
     * @param environment where to read the properties; tests pass a fixed one
     * @return a provider reading that environment
     */
    public static SystemPropertyCredentialsProvider create(Environment environment) {
        return new SystemPropertyCredentialsProvider(environment);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return KeyPairSettings.read(environment.systemProperty("aws.accessKeyId"),
                environment.systemProperty("aws.secretAccessKey"), environment.systemProperty("aws.sessionToken"),
                "system properties", "aws.accessKeyId", "aws.secretAccessKey");
    }

    @Override
    public String toString() {
        return "SystemPropertyCredentialsProvider";
    }
}
