package io.shapegen.runtime.auth;

import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.config.Environment;
import io.shapegen.runtime.config.Profile;
import io.shapegen.runtime.config.SharedProfiles;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads static keys ({@code aws_access_key_id}, {@code aws_secret_access_key},
 * {@code aws_session_token}) from a profile of the shared files {@code ~/.aws/credentials} and
 * {@code ~/.aws/config}; see {@link SharedProfiles} for which files and which profile. The files are
 * read at the first call and the credentials kept.
 *
 * <p>Profiles that get credentials another way ({@code role_arn}, {@code sso_*},
 * {@code credential_process}, {@code web_identity_token_file}) are not supported; the error says so.
 */
public final class ProfileCredentialsProvider implements CredentialsProvider {
    private static final List<String> UNSUPPORTED_SOURCES =
            List.of("role_arn", "sso_session", "sso_start_url", "credential_process", "web_identity_token_file");

    private final Environment environment;
    private final Optional<String> profileName;
    private volatile AwsCredentials cached;

    private ProfileCredentialsProvider(Environment environment, Optional<String> profileName) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.profileName = Objects.requireNonNull(profileName, "profileName");
    }

    /** @return a provider for the active profile ({@code AWS_PROFILE}, else {@code default}) of the real files */
    public static ProfileCredentialsProvider create() {
        return new ProfileCredentialsProvider(Environment.system(), Optional.empty());
    }

    /**
     * @param profileName the profile to read, whatever {@code AWS_PROFILE} says
     * @return a provider for that profile of the real files
     */
    public static ProfileCredentialsProvider create(String profileName) {
        return new ProfileCredentialsProvider(Environment.system(), Optional.of(profileName));
    }

    /**
     * @param environment where to find the files, {@code AWS_PROFILE} and the home directory
     * @param profileName the profile to read; empty for the active profile
     * @return a provider reading that environment
     */
    public static ProfileCredentialsProvider create(Environment environment, Optional<String> profileName) {
        return new ProfileCredentialsProvider(environment, profileName);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        AwsCredentials credentials = cached;
        if (credentials == null) {
            credentials = load();
            cached = credentials;
        }
        return credentials;
    }

    private AwsCredentials load() {
        SharedProfiles profiles;
        try {
            profiles = SharedProfiles.load(environment);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new SdkClientException(e.getMessage(), e);
        }
        String name = profileName.orElse(profiles.activeProfileName());
        String files = profiles.credentialsFile() + " and " + profiles.configFile();
        Profile profile = profiles.profile(name).orElseThrow(() -> new SdkClientException("No profile '" + name
                + "' in " + files + (profileName.isPresent() ? "" : " (the profile comes from AWS_PROFILE, else"
                + " 'default')") + "."));
        Optional<String> id = profile.property("aws_access_key_id");
        Optional<String> secret = profile.property("aws_secret_access_key");
        if (id.isEmpty() && secret.isEmpty()) {
            for (String source : UNSUPPORTED_SOURCES) {
                if (profile.property(source).isPresent()) {
                    throw new SdkClientException("Profile '" + name + "' in " + files + " gets credentials through '"
                            + source + "', which this SDK does not support; give the profile aws_access_key_id and"
                            + " aws_secret_access_key, or export temporary keys as AWS_ACCESS_KEY_ID,"
                            + " AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.");
                }
            }
        }
        return KeyPairSettings.read(id, secret, profile.property("aws_session_token"),
                "profile '" + name + "' of " + files, "aws_access_key_id", "aws_secret_access_key");
    }

    @Override
    public String toString() {
        return "ProfileCredentialsProvider(" + profileName.orElse("active profile") + ")";
    }
}
