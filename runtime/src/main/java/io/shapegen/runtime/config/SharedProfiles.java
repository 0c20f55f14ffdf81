package io.shapegen.runtime.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The profiles of the shared AWS files, merged: {@code ~/.aws/config} (or {@code AWS_CONFIG_FILE})
 * and {@code ~/.aws/credentials} (or {@code AWS_SHARED_CREDENTIALS_FILE}); where both set the same
 * setting of a profile, the credentials file wins. Missing files count as empty.
 *
 * <p>The active profile is {@code AWS_PROFILE}, else system property {@code aws.profile}, else
 * {@code default}.
 */
public final class SharedProfiles {
    private final Path configFile;
    private final Path credentialsFile;
    private final Map<String, Profile> profiles;
    private final String activeProfileName;

    private SharedProfiles(Path configFile, Path credentialsFile, Map<String, Profile> profiles, String active) {
        this.configFile = configFile;
        this.credentialsFile = credentialsFile;
        this.profiles = profiles;
        this.activeProfileName = active;
    }

    /**
     * Reads the shared files the environment points to.
     *
     * @param environment where to find {@code AWS_CONFIG_FILE}, {@code AWS_SHARED_CREDENTIALS_FILE},
     *     {@code AWS_PROFILE} and the home directory
     * @return the merged profiles
     * @throws UncheckedIOException if a file exists but cannot be read
     * @throws IllegalArgumentException naming the file and line if a file is malformed
     */
    public static SharedProfiles load(Environment environment) {
        Path config = environment.variable("AWS_CONFIG_FILE").map(environment::resolvePath)
                .orElseGet(() -> environment.homeDirectory().resolve(".aws").resolve("config"));
        Path credentials = environment.variable("AWS_SHARED_CREDENTIALS_FILE").map(environment::resolvePath)
                .orElseGet(() -> environment.homeDirectory().resolve(".aws").resolve("credentials"));
        Map<String, Map<String, String>> merged = new LinkedHashMap<>();
        mergeInto(merged, ProfileFileParser.parse(read(config), true, config.toString()));
        mergeInto(merged, ProfileFileParser.parse(read(credentials), false, credentials.toString()));
        Map<String, Profile> profiles = new LinkedHashMap<>();
        merged.forEach((name, properties) -> profiles.put(name, new Profile(name, properties)));
        String active = environment.variable("AWS_PROFILE")
                .or(() -> environment.systemProperty("aws.profile")).orElse("default");
        return new SharedProfiles(config, credentials, Map.copyOf(profiles), active);
    }

    /** @return the profile named by {@code AWS_PROFILE} (or {@code aws.profile}), or {@code default} */
    public String activeProfileName() {
        return activeProfileName;
    }

    /**
     * @param name a profile name
     * @return that profile, if either file defines it
     */
    public Optional<Profile> profile(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    /** @return the active profile, if defined */
    public Optional<Profile> activeProfile() {
        return profile(activeProfileName);
    }

    /** @return the config file path that was read (it may not exist) */
    public Path configFile() {
        return configFile;
    }

    /** @return the credentials file path that was read (it may not exist) */
    public Path credentialsFile() {
        return credentialsFile;
    }

    @Override
    public String toString() {
        return "SharedProfiles(config=" + configFile + ", credentials=" + credentialsFile + ", profiles="
                + profiles.keySet() + ", active=" + activeProfileName + ")";
    }

    private static void mergeInto(Map<String, Map<String, String>> target, Map<String, Map<String, String>> source) {
        source.forEach((name, properties) ->
                target.computeIfAbsent(name, key -> new LinkedHashMap<>()).putAll(properties));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the AWS shared file " + file + " (" + e.getMessage()
                    + "); check its permissions, or point AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE elsewhere.", e);
        }
    }
}
