package io.shapegen.runtime.region;

import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.config.Environment;
import io.shapegen.runtime.config.SharedProfiles;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides the region of a client: the one given in code, else system property {@code aws.region},
 * else environment variable {@code AWS_REGION}, else {@code region} of the active profile in the
 * shared config files.
 */
public final class RegionResolver {
    private final Environment environment;

    private RegionResolver(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** @return a resolver over the real environment and files */
    public static RegionResolver create() {
        return new RegionResolver(Environment.system());
    }

    /**
     * @param environment where to look; tests pass a fixed one
     * @return a resolver over that environment
     */
    public static RegionResolver create(Environment environment) {
        return new RegionResolver(environment);
    }

    /**
     * @param explicit the region given in code, if any
     * @return the region to use
     * @throws SdkClientException listing where it looked, when no source names a region
     */
    public Region resolve(Optional<Region> explicit) {
        if (explicit.isPresent()) {
            return explicit.get();
        }
        Optional<String> fromSettings = environment.systemProperty("aws.region")
                .or(() -> environment.variable("AWS_REGION"));
        if (fromSettings.isPresent()) {
            return parse(fromSettings.get(), "aws.region / AWS_REGION");
        }
        SharedProfiles profiles;
        try {
            profiles = SharedProfiles.load(environment);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new SdkClientException(e.getMessage(), e);
        }
        Optional<String> fromProfile = profiles.activeProfile().flatMap(profile -> profile.property("region"));
        if (fromProfile.isPresent()) {
            return parse(fromProfile.get(), "region of profile '" + profiles.activeProfileName() + "' in "
                    + profiles.configFile());
        }
        throw new SdkClientException("No AWS region is configured. Looked at: the client builder's region(...),"
                + " system property aws.region, environment variable AWS_REGION, and 'region' of profile '"
                + profiles.activeProfileName() + "' in " + profiles.configFile() + ". Set one of them, for example"
                + " builder.region(Region.of(\"us-east-1\")) or AWS_REGION=us-east-1.");
    }

    private static Region parse(String id, String source) {
        try {
            return Region.of(id);
        } catch (IllegalArgumentException e) {
            throw new SdkClientException("The region from " + source + " is not valid: " + e.getMessage(), e);
        }
    }
}
