package io.shapegen.runtime.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.config.Environment;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionAndEndpointTest {
    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();

    private RegionResolver resolver() {
        return RegionResolver.create(Environment.of(env, Map.of(), home));
    }

    @Test
    void chinaRegionsUseTheChinaSuffix() {
        assertEquals("amazonaws.com.cn", Region.of("cn-northwest-1").dnsSuffix());
        assertEquals("amazonaws.com", Region.of("eu-west-1").dnsSuffix());
        assertEquals("aws-us-gov", Region.of("us-gov-west-1").partition());
        assertThrows(IllegalArgumentException.class, () -> Region.of("US_EAST_1"));
    }

    @Test
    void endpointFromPrefixAndRegionUnlessOverridden() {
        assertEquals(URI.create("https://identity-chime.us-east-1.amazonaws.com"),
                EndpointResolver.resolve("identity-chime", Region.US_EAST_1, Optional.empty()));
        assertEquals(URI.create("https://identity-chime.cn-north-1.amazonaws.com.cn"),
                EndpointResolver.resolve("identity-chime", Region.CN_NORTH_1, Optional.empty()));
        assertEquals(URI.create("http://localhost:4566"),
                EndpointResolver.resolve("identity-chime", Region.US_EAST_1, Optional.of(URI.create("http://localhost:4566"))));
    }

    @Test
    void overrideMustBeAnAbsoluteHttpUriWithoutSecrets() {
        assertThrows(IllegalArgumentException.class, () -> EndpointResolver.checkOverride(URI.create("localhost:4566")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EndpointResolver.checkOverride(URI.create("https://user:pw@example.com")));
        assertTrue(!e.getMessage().contains("pw"), e.getMessage());
    }

    @Test
    void explicitRegionWins() throws IOException {
        env.put("AWS_REGION", "eu-west-1");

        assertEquals(Region.US_WEST_2, resolver().resolve(Optional.of(Region.US_WEST_2)));
    }

    @Test
    void environmentBeforeProfile() throws IOException {
        env.put("AWS_REGION", "eu-west-1");
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[default]\nregion = ap-northeast-1\n");

        assertEquals(Region.EU_WEST_1, resolver().resolve(Optional.empty()));
    }

    @Test
    void profileRegionOfTheActiveProfile() throws IOException {
        env.put("AWS_PROFILE", "tokyo");
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[default]\nregion = eu-west-1\n[profile tokyo]\nregion = ap-northeast-1\n");

        assertEquals(Region.AP_NORTHEAST_1, resolver().resolve(Optional.empty()));
    }

    @Test
    void noRegionAnywhereSaysWhereItLooked() {
        SdkClientException e = assertThrows(SdkClientException.class, () -> resolver().resolve(Optional.empty()));

        assertTrue(e.getMessage().contains("AWS_REGION"), e.getMessage());
        assertTrue(e.getMessage().contains(home.resolve(".aws").resolve("config").toString()), e.getMessage());
    }
}
