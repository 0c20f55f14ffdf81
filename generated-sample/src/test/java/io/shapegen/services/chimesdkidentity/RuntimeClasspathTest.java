package io.shapegen.services.chimesdkidentity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.fasterxml.jackson.core.JsonParser;
import io.shapegen.runtime.SdkBytes;
import io.shapegen.services.chimesdkidentity.FakeChime.Answer;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated SDK needs nothing at run time but its own classes, shapegen-runtime and jackson-core: a client
 * loaded from exactly those three (over the JDK alone) builds, signs, sends and reads. The pom's enforcer rule
 * fails the build when the sample's runtime classpath gains anything else.
 */
class RuntimeClasspathTest {
    @Test
    void theClientRunsOnGeneratedCodeRuntimeAndJacksonCoreAlone() throws Exception {
        List<URL> classpath = List.of(location(ChimeSdkIdentityClient.class), location(SdkBytes.class),
                location(JsonParser.class));
        try (FakeChime server = new FakeChime();
                URLClassLoader isolated = new URLClassLoader(classpath.toArray(URL[]::new),
                        ClassLoader.getPlatformClassLoader())) {
            server.answer(Answer.json(200, "{\"AppInstances\":[{\"Name\":\"isolated\"}]}"));
            Class<?> clientType = isolated.loadClass(ChimeSdkIdentityClient.class.getName());
            assertNotSame(ChimeSdkIdentityClient.class, clientType, "loaded apart from the test's classpath");
            Object builder = clientType.getMethod("builder").invoke(null);
            Class<?> builderType = builder.getClass();
            Class<?> region = isolated.loadClass("io.shapegen.runtime.region.Region");
            builderType.getMethod("region", region).invoke(builder, region.getMethod("of", String.class)
                    .invoke(null, "eu-west-1"));
            builderType.getMethod("endpointOverride", URI.class).invoke(builder, server.endpoint());
            Class<?> credentials = isolated.loadClass("io.shapegen.runtime.auth.AwsCredentials");
            Class<?> provider = isolated.loadClass("io.shapegen.runtime.auth.StaticCredentialsProvider");
            builderType.getMethod("credentialsProvider", isolated.loadClass("io.shapegen.runtime.auth.CredentialsProvider"))
                    .invoke(builder, provider.getMethod("create", credentials).invoke(null, credentials
                            .getMethod("create", String.class, String.class).invoke(null, "AKID", "secret")));
            try (AutoCloseable client = (AutoCloseable) builderType.getMethod("build").invoke(builder)) {
                Class<?> request = isolated.loadClass(ChimeSdkIdentityClient.class.getPackageName()
                        + ".model.ListAppInstancesRequest");
                Object built = request.getMethod("builder").invoke(null);
                built = built.getClass().getMethod("build").invoke(built);
                Object response = clientType.getMethod("listAppInstances", request).invoke(client, built);
                Object first = ((List<?>) response.getClass().getMethod("appInstances").invoke(response)).get(0);
                assertEquals("isolated", first.getClass().getMethod("name").invoke(first));
            }
            assertEquals("/app-instances", server.only().rawPath());
        }
    }

    private static URL location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
    }
}
