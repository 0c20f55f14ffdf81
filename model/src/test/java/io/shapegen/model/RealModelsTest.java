package io.shapegen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.model.shape.MemberLocation;
import io.shapegen.model.shape.StringShape;
import io.shapegen.model.shape.StructureShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The real chime-sdk-identity model and every protocol test suite load, with their traits intact. */
class RealModelsTest {

    @Test
    void chimeSdkIdentityLoadsCompletely() {
        Path dir = ConformanceData.dir().resolve("chime-sdk-identity");
        ServiceModel model = ModelLoader.loadService(ModelSource.read(dir.resolve("service-2.json")));
        assertEquals("rest-json", model.metadata().protocol());
        assertEquals("chime", model.metadata().signingName());
        assertEquals("identity-chime", model.metadata().endpointPrefix());
        assertEquals("Chime SDK Identity", model.metadata().serviceId());
        assertEquals("chime-sdk-identity-2021-04-20", model.metadata().uid());
        assertEquals(30, model.operations().size());
        assertEquals(120, model.shapes().size());

        Operation update = model.operations().get("UpdateAppInstanceUserEndpoint");
        assertEquals("PUT", update.http().method());
        assertEquals("/app-instance-users/{appInstanceUserArn}/endpoints/{endpointId}", update.http().requestUri());
        assertEquals(7, update.errors().size());
        StructureShape request = (StructureShape) model.shape("UpdateAppInstanceUserEndpointRequest");
        assertEquals(MemberLocation.URI, request.member("AppInstanceUserArn").orElseThrow().location());
        assertTrue(request.member("AppInstanceUserArn").orElseThrow().required());
        assertFalse(request.member("Name").orElseThrow().required());
        assertTrue(model.shape("BadRequestException") instanceof StructureShape s && s.isException());
        assertEquals(List.of("ALL", "NONE"), ((StringShape) model.shape("AllowMessages")).enumValues());
        assertTrue(model.shape("SensitiveString1600").traits().sensitive());
    }

    @Test
    void awsSdkPaginatorsLoad() {
        Path dir = ConformanceData.dir().resolve("chime-sdk-identity");
        ServiceModel model = ModelLoader.loadService(ModelSource.read(dir.resolve("service-2.json")));
        Map<String, Paginator> paginators = ModelLoader.loadPaginators(
                ModelSource.read(dir.resolve("paginators-1.aws-sdks.json")), model);
        assertEquals(List.of("ListAppInstanceAdmins", "ListAppInstanceBots", "ListAppInstanceUserEndpoints",
                "ListAppInstanceUsers", "ListAppInstances"), List.copyOf(paginators.keySet()));
        Paginator users = paginators.get("ListAppInstanceUsers");
        assertEquals(List.of("NextToken"), users.inputTokens());
        assertEquals(List.of("NextToken"), users.outputTokens());
        assertEquals("MaxResults", users.limitKey().orElseThrow());
        assertTrue(users.resultKeys().isEmpty());
    }

    /** Every suite of every protocol, with its cases' operations, is a complete model. */
    @TestFactory
    Stream<DynamicTest> everyConformanceSuiteLoads() throws IOException {
        Path protocols = ConformanceData.dir().resolve("protocols");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(protocols)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().contains("ignore"))
                    .sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            tests.add(DynamicTest.dynamicTest(protocols.relativize(file).toString(), () -> {
                List<byte[]> suites = SuiteModels.split(Files.readString(file, StandardCharsets.UTF_8));
                for (int i = 0; i < suites.size(); i++) {
                    ServiceModel model = ModelLoader.loadService(new ModelSource(file + "#" + i, suites.get(i)));
                    assertFalse(model.operations().isEmpty(), file + " suite " + i);
                }
            }));
        }
        return tests.stream();
    }
}
