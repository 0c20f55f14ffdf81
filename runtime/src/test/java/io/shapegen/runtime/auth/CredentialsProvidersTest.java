package io.shapegen.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.config.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsProvidersTest {
    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> props = new HashMap<>();

    private Environment environment() {
        return Environment.of(env, props, home);
    }

    private void write(String relative, String content) throws IOException {
        Path file = home.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void environmentVariablesComeFirst() throws IOException {
        env.put("AWS_ACCESS_KEY_ID", "AKIDENV");
        env.put("AWS_SECRET_ACCESS_KEY", "env-secret");
        env.put("AWS_SESSION_TOKEN", "env-token");
        props.put("aws.accessKeyId", "AKIDPROP");
        props.put("aws.secretAccessKey", "prop-secret");
        write(".aws/credentials", "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret\n");

        AwsCredentials credentials = DefaultCredentialsProvider.create(environment()).resolveCredentials();

        assertEquals(AwsCredentials.create("AKIDENV", "env-secret", "env-token"), credentials);
    }

    @Test
    void systemPropertiesComeSecond() throws IOException {
        props.put("aws.accessKeyId", "AKIDPROP");
        props.put("aws.secretAccessKey", "prop-secret");
        write(".aws/credentials", "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret\n");

        AwsCredentials credentials = DefaultCredentialsProvider.create(environment()).resolveCredentials();

        assertEquals(AwsCredentials.create("AKIDPROP", "prop-secret"), credentials);
    }

    @Test
    void profileComesLastAndFollowsAwsProfile() throws IOException {
        write(".aws/credentials", "# comment\n[default]\naws_access_key_id = AKIDDEFAULT\n"
                + "aws_secret_access_key = default-secret\n\n[work]\naws_access_key_id=AKIDWORK ; inline comment\n"
                + "aws_secret_access_key=work-secret\naws_session_token=work-token\n");
        env.put("AWS_PROFILE", "work");

        AwsCredentials credentials = DefaultCredentialsProvider.create(environment()).resolveCredentials();

        assertEquals(AwsCredentials.create("AKIDWORK", "work-secret", "work-token"), credentials);
    }

    @Test
    void configFileProfilesUseTheProfilePrefixAndCredentialsFileWins() throws IOException {
        write(".aws/config", "[profile dev]\nregion = eu-west-1\naws_access_key_id = AKIDCONFIG\n"
                + "aws_secret_access_key = config-secret\n[sso-session x]\naws_access_key_id = IGNORED\n");
        write(".aws/credentials", "[dev]\naws_secret_access_key = credentials-secret\n");

        AwsCredentials credentials = ProfileCredentialsProvider.create(environment(), Optional.of("dev"))
                .resolveCredentials();

        assertEquals(AwsCredentials.create("AKIDCONFIG", "credentials-secret"), credentials);
    }

    @Test
    void sharedFileLocationsComeFromTheEnvironment() throws IOException {
        write("elsewhere/creds", "[default]\naws_access_key_id = AKIDMOVED\naws_secret_access_key = moved\n");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "~/elsewhere/creds");
        env.put("AWS_CONFIG_FILE", home.resolve("missing-config").toString());

        AwsCredentials credentials = ProfileCredentialsProvider.create(environment(), Optional.empty())
                .resolveCredentials();

        assertEquals("AKIDMOVED", credentials.accessKeyId());
    }

    @Test
    void whenNothingWorksTheMessageListsEverySourceAndNoSecret() throws IOException {
        env.put("AWS_ACCESS_KEY_ID", "AKIDHALF");
        write(".aws/credentials", "[other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = hidden-secret\n");

        SdkClientException e = assertThrows(SdkClientException.class,
                () -> DefaultCredentialsProvider.create(environment()).resolveCredentials());

        String message = e.getMessage();
        assertTrue(message.contains("AWS_SECRET_ACCESS_KEY is not"), message);
        assertTrue(message.contains("aws.accessKeyId and aws.secretAccessKey are not set"), message);
        assertTrue(message.contains("No profile 'default'"), message);
        assertTrue(message.contains(home.resolve(".aws").resolve("credentials").toString()), message);
        assertFalse(message.contains("hidden-secret"), message);
    }

    @Test
    void unsupportedProfileSourcesAreNamed() throws IOException {
        write(".aws/config", "[default]\nrole_arn = arn:aws:iam::123456789012:role/x\nsource_profile = base\n");

        SdkClientException e = assertThrows(SdkClientException.class,
                () -> ProfileCredentialsProvider.create(environment(), Optional.empty()).resolveCredentials());

        assertTrue(e.getMessage().contains("role_arn"), e.getMessage());
    }

    @Test
    void malformedProfileFileNamesFileAndLine() throws IOException {
        write(".aws/credentials", "[default]\naws_access_key_id = AKID\nthis line is wrong\n");

        SdkClientException e = assertThrows(SdkClientException.class,
                () -> ProfileCredentialsProvider.create(environment(), Optional.empty()).resolveCredentials());

        assertTrue(e.getMessage().contains("credentials line 3"), e.getMessage());
    }

    @Test
    void staticProviderIsOutsideTheChainAndToStringNeverShowsSecrets() {
        AwsCredentials credentials = AwsCredentials.create("AKIDSTATIC", "static-secret", "static-token");

        assertEquals(credentials, StaticCredentialsProvider.create(credentials).resolveCredentials());
        assertFalse(credentials.toString().contains("static-secret"));
        assertFalse(credentials.toString().contains("static-token"));
        assertTrue(credentials.toString().contains("AKIDSTATIC"));
        assertFalse(StaticCredentialsProvider.create(credentials).toString().contains("static-secret"));
    }

    @Test
    void blankSessionTokenMeansNone() {
        assertEquals(Optional.empty(), AwsCredentials.create("AKID", "secret", " ").sessionToken());
        assertThrows(IllegalArgumentException.class, () -> AwsCredentials.create("", "secret"));
    }
}
