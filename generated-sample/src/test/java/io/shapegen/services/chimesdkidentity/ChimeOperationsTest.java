package io.shapegen.services.chimesdkidentity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.services.chimesdkidentity.FakeChime.Answer;
import io.shapegen.services.chimesdkidentity.model.AllowMessages;
import io.shapegen.services.chimesdkidentity.model.AppInstanceRetentionSettings;
import io.shapegen.services.chimesdkidentity.model.AppInstanceUserEndpointType;
import io.shapegen.services.chimesdkidentity.model.ChannelRetentionSettings;
import io.shapegen.services.chimesdkidentity.model.Configuration;
import io.shapegen.services.chimesdkidentity.model.CreateAppInstanceAdminResponse;
import io.shapegen.services.chimesdkidentity.model.CreateAppInstanceResponse;
import io.shapegen.services.chimesdkidentity.model.DescribeAppInstanceAdminResponse;
import io.shapegen.services.chimesdkidentity.model.DescribeAppInstanceBotResponse;
import io.shapegen.services.chimesdkidentity.model.DescribeAppInstanceResponse;
import io.shapegen.services.chimesdkidentity.model.DescribeAppInstanceUserEndpointResponse;
import io.shapegen.services.chimesdkidentity.model.DescribeAppInstanceUserResponse;
import io.shapegen.services.chimesdkidentity.model.EndpointStatus;
import io.shapegen.services.chimesdkidentity.model.ExpirationCriterion;
import io.shapegen.services.chimesdkidentity.model.ExpirationSettings;
import io.shapegen.services.chimesdkidentity.model.GetAppInstanceRetentionSettingsResponse;
import io.shapegen.services.chimesdkidentity.model.InvokedBy;
import io.shapegen.services.chimesdkidentity.model.LexConfiguration;
import io.shapegen.services.chimesdkidentity.model.ListAppInstanceAdminsResponse;
import io.shapegen.services.chimesdkidentity.model.ListAppInstanceBotsResponse;
import io.shapegen.services.chimesdkidentity.model.ListAppInstanceUserEndpointsResponse;
import io.shapegen.services.chimesdkidentity.model.ListAppInstanceUsersResponse;
import io.shapegen.services.chimesdkidentity.model.ListAppInstancesResponse;
import io.shapegen.services.chimesdkidentity.model.ListTagsForResourceResponse;
import io.shapegen.services.chimesdkidentity.model.PutAppInstanceRetentionSettingsResponse;
import io.shapegen.services.chimesdkidentity.model.PutAppInstanceUserExpirationSettingsResponse;
import io.shapegen.services.chimesdkidentity.model.RegisterAppInstanceUserEndpointResponse;
import io.shapegen.services.chimesdkidentity.model.RespondsTo;
import io.shapegen.services.chimesdkidentity.model.StandardMessages;
import io.shapegen.services.chimesdkidentity.model.Tag;
import io.shapegen.services.chimesdkidentity.model.TargetedMessages;
import io.shapegen.services.chimesdkidentity.model.UpdateAppInstanceBotResponse;
import io.shapegen.services.chimesdkidentity.model.UpdateAppInstanceResponse;
import io.shapegen.services.chimesdkidentity.model.UpdateAppInstanceUserEndpointResponse;
import io.shapegen.services.chimesdkidentity.model.UpdateAppInstanceUserResponse;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every chime-sdk-identity operation against a loopback server: the exact method, path, query and body on the
 * wire, a SigV4 signature recomputed by the test's own signer, and the response read back.
 */
class ChimeOperationsTest {
    private static final String APP = "arn:aws:chime:us-east-1:123456789012:app-instance/i-1";
    private static final String APP_PATH = enc(APP);
    private static final String USER = APP + "/user/u-1";
    private static final String USER_PATH = enc(USER);
    private static final String ADMIN = APP + "/user/admin-1";
    private static final String BOT = APP + "/bot/b-1";
    private static final String BOT_PATH = enc(BOT);
    private static final String ENDPOINT_ID = "ep/1";
    private static final Tag TAG = Tag.builder().key("team").value("chat").build();
    private static final String TAG_JSON = "{\"Key\":\"team\",\"Value\":\"chat\"}";
    private static final String EMPTY = "";

    private static FakeChime server;
    private static ChimeSdkIdentityClient client;
    private static final Set<String> COVERED = new TreeSet<>();

    /**
     * One call and what must be seen on the wire.
     *
     * @param operation the model's operation name
     * @param invoke calls the client
     * @param method the expected method
     * @param target the expected path and query, exactly as sent
     * @param body the expected body, exactly as sent ({@code ""} for none)
     * @param answer what the server answers
     * @param check checks the output
     */
    private record Call(String operation, Function<ChimeSdkIdentityClient, Object> invoke, String method, String target,
            String body, Answer answer, Consumer<Object> check) {
    }

    @BeforeAll
    static void start() throws Exception {
        server = new FakeChime();
        client = new ChimeTestClients().builder(server).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationOnTheWire() {
        return calls().stream().map(call -> DynamicTest.dynamicTest(call.operation(), () -> run(call)));
    }

    @Test
    void theTableCoversAllThirtyOperations() {
        Set<String> operations = Arrays.stream(ChimeSdkIdentityClient.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isDefault() && !m.getName().equals("close"))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(30, operations.size());
        Set<String> called = calls().stream().map(c -> Character.toLowerCase(c.operation().charAt(0))
                + c.operation().substring(1)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(operations, called);
    }

    private static void run(Call call) throws Exception {
        server.answer(call.answer());
        Object output = call.invoke().apply(client);
        FakeChime.Received request = server.only();
        assertEquals(call.method(), request.method(), "method");
        assertEquals(call.target(), request.target(), "path and query");
        assertEquals(call.body(), request.bodyText(), "body");
        assertEquals(call.body().isEmpty() ? null : "application/json", request.header("Content-Type"), "Content-Type");
        assertEquals(ReferenceSigV4.expectedAuthorization(request, ChimeTestClients.ACCESS_KEY,
                ChimeTestClients.SECRET_KEY, "us-east-1", "chime"), request.header("Authorization"), "Authorization");
        assertEquals(ChimeTestClients.SESSION_TOKEN, request.header("X-Amz-Security-Token"));
        assertEquals("20240506T070809Z", request.header("X-Amz-Date"));
        assertTrue(request.header("Authorization").contains("SignedHeaders=") && request.header("Authorization")
                .contains("host;"), "the Host header is signed");
        call.check().accept(output);
    }

    private static List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("CreateAppInstance", c -> c.createAppInstance(r -> r.name("my-app").metadata("meta").tags(TAG)),
                "POST", "/app-instances",
                "{\"Name\":\"my-app\",\"Metadata\":\"meta\",\"ClientRequestToken\":\"" + ChimeTestClients.TOKEN
                        + "\",\"Tags\":[" + TAG_JSON + "]}",
                Answer.json(201, "{\"AppInstanceArn\":\"" + APP + "\"}"),
                out -> assertEquals(APP, ((CreateAppInstanceResponse) out).appInstanceArn())));
        calls.add(new Call("CreateAppInstanceAdmin", c -> c.createAppInstanceAdmin(r -> r.appInstanceArn(APP)
                .appInstanceAdminArn(ADMIN)),
                "POST", "/app-instances/" + APP_PATH + "/admins", "{\"AppInstanceAdminArn\":\"" + ADMIN + "\"}",
                Answer.json(201, "{\"AppInstanceAdmin\":{\"Arn\":\"" + ADMIN + "\",\"Name\":\"Ada\"},\"AppInstanceArn\":\""
                        + APP + "\"}"),
                out -> {
                    CreateAppInstanceAdminResponse response = (CreateAppInstanceAdminResponse) out;
                    assertEquals("Ada", response.appInstanceAdmin().name());
                    assertEquals(APP, response.appInstanceArn());
                }));
        calls.add(new Call("CreateAppInstanceBot", c -> c.createAppInstanceBot(r -> r.appInstanceArn(APP).name("bot")
                        .clientRequestToken("my-token").configuration(Configuration.builder().lex(LexConfiguration.builder()
                                .respondsTo(RespondsTo.STANDARD_MESSAGES).invokedBy(InvokedBy.builder()
                                        .standardMessages(StandardMessages.MENTIONS).targetedMessages(TargetedMessages.ALL)
                                        .build())
                                .lexBotAliasArn("arn:aws:lex:us-east-1:123456789012:bot-alias/B/A").localeId("en_US")
                                .build()).build())),
                "POST", "/app-instance-bots",
                "{\"AppInstanceArn\":\"" + APP + "\",\"Name\":\"bot\",\"ClientRequestToken\":\"my-token\","
                        + "\"Configuration\":{\"Lex\":{\"RespondsTo\":\"STANDARD_MESSAGES\",\"InvokedBy\":{"
                        + "\"StandardMessages\":\"MENTIONS\",\"TargetedMessages\":\"ALL\"},"
                        + "\"LexBotAliasArn\":\"arn:aws:lex:us-east-1:123456789012:bot-alias/B/A\",\"LocaleId\":\"en_US\"}}}",
                Answer.json(201, "{\"AppInstanceBotArn\":\"" + BOT + "\"}"),
                out -> assertEquals(BOT, ((io.shapegen.services.chimesdkidentity.model.CreateAppInstanceBotResponse) out)
                        .appInstanceBotArn())));
        calls.add(new Call("CreateAppInstanceUser", c -> c.createAppInstanceUser(r -> r.appInstanceArn(APP)
                        .appInstanceUserId("u-1").name("Ursula").expirationSettings(ExpirationSettings.builder()
                                .expirationDays(30).expirationCriterion(ExpirationCriterion.CREATED_TIMESTAMP).build())),
                "POST", "/app-instance-users",
                "{\"AppInstanceArn\":\"" + APP + "\",\"AppInstanceUserId\":\"u-1\",\"Name\":\"Ursula\","
                        + "\"ClientRequestToken\":\"" + ChimeTestClients.TOKEN + "\",\"ExpirationSettings\":{"
                        + "\"ExpirationDays\":30,\"ExpirationCriterion\":\"CREATED_TIMESTAMP\"}}",
                Answer.json(201, "{\"AppInstanceUserArn\":\"" + USER + "\"}"),
                out -> assertEquals(USER, ((io.shapegen.services.chimesdkidentity.model.CreateAppInstanceUserResponse) out)
                        .appInstanceUserArn())));
        calls.add(noOutput("DeleteAppInstance", c -> c.deleteAppInstance(r -> r.appInstanceArn(APP)),
                "DELETE", "/app-instances/" + APP_PATH));
        calls.add(noOutput("DeleteAppInstanceAdmin", c -> c.deleteAppInstanceAdmin(r -> r.appInstanceArn(APP)
                .appInstanceAdminArn(ADMIN)), "DELETE", "/app-instances/" + APP_PATH + "/admins/" + enc(ADMIN)));
        calls.add(noOutput("DeleteAppInstanceBot", c -> c.deleteAppInstanceBot(r -> r.appInstanceBotArn(BOT)),
                "DELETE", "/app-instance-bots/" + BOT_PATH));
        calls.add(noOutput("DeleteAppInstanceUser", c -> c.deleteAppInstanceUser(r -> r.appInstanceUserArn(USER)),
                "DELETE", "/app-instance-users/" + USER_PATH));
        calls.add(noOutput("DeregisterAppInstanceUserEndpoint", c -> c.deregisterAppInstanceUserEndpoint(r -> r
                .appInstanceUserArn(USER).endpointId(ENDPOINT_ID)),
                "DELETE", "/app-instance-users/" + USER_PATH + "/endpoints/ep%2F1"));
        calls.add(new Call("DescribeAppInstance", c -> c.describeAppInstance(r -> r.appInstanceArn(APP)),
                "GET", "/app-instances/" + APP_PATH, EMPTY,
                Answer.json(200, "{\"AppInstance\":{\"AppInstanceArn\":\"" + APP + "\",\"Name\":\"my-app\","
                        + "\"CreatedTimestamp\":1700000000.5,\"LastUpdatedTimestamp\":1700000001,\"Metadata\":\"m\"}}"),
                out -> {
                    var instance = ((DescribeAppInstanceResponse) out).appInstance();
                    assertEquals("my-app", instance.name());
                    assertEquals(Instant.parse("2023-11-14T22:13:20.500Z"), instance.createdTimestamp());
                    assertEquals(Instant.parse("2023-11-14T22:13:21Z"), instance.lastUpdatedTimestamp());
                }));
        calls.add(new Call("DescribeAppInstanceAdmin", c -> c.describeAppInstanceAdmin(r -> r.appInstanceArn(APP)
                        .appInstanceAdminArn(ADMIN)),
                "GET", "/app-instances/" + APP_PATH + "/admins/" + enc(ADMIN), EMPTY,
                Answer.json(200, "{\"AppInstanceAdmin\":{\"Admin\":{\"Arn\":\"" + ADMIN + "\",\"Name\":\"Ada\"},"
                        + "\"AppInstanceArn\":\"" + APP + "\",\"CreatedTimestamp\":1}}"),
                out -> {
                    var admin = ((DescribeAppInstanceAdminResponse) out).appInstanceAdmin();
                    assertEquals(ADMIN, admin.admin().arn());
                    assertEquals(Instant.ofEpochSecond(1), admin.createdTimestamp());
                }));
        calls.add(new Call("DescribeAppInstanceBot", c -> c.describeAppInstanceBot(r -> r.appInstanceBotArn(BOT)),
                "GET", "/app-instance-bots/" + BOT_PATH, EMPTY,
                Answer.json(200, "{\"AppInstanceBot\":{\"AppInstanceBotArn\":\"" + BOT + "\",\"Name\":\"bot\","
                        + "\"Configuration\":{\"Lex\":{\"RespondsTo\":\"STANDARD_MESSAGES\",\"LexBotAliasArn\":\"a\","
                        + "\"LocaleId\":\"en_US\"}}}}"),
                out -> {
                    var bot = ((DescribeAppInstanceBotResponse) out).appInstanceBot();
                    assertEquals(RespondsTo.STANDARD_MESSAGES, bot.configuration().lex().respondsTo());
                    assertEquals("en_US", bot.configuration().lex().localeId());
                }));
        calls.add(new Call("DescribeAppInstanceUser", c -> c.describeAppInstanceUser(r -> r.appInstanceUserArn(USER)),
                "GET", "/app-instance-users/" + USER_PATH, EMPTY,
                Answer.json(200, "{\"AppInstanceUser\":{\"AppInstanceUserArn\":\"" + USER + "\",\"Name\":\"Ursula\","
                        + "\"ExpirationSettings\":{\"ExpirationDays\":7,\"ExpirationCriterion\":\"CREATED_TIMESTAMP\"}}}"),
                out -> {
                    var user = ((DescribeAppInstanceUserResponse) out).appInstanceUser();
                    assertEquals("Ursula", user.name());
                    assertEquals(7, user.expirationSettings().expirationDays());
                    assertEquals(ExpirationCriterion.CREATED_TIMESTAMP, user.expirationSettings().expirationCriterion());
                }));
        calls.add(new Call("DescribeAppInstanceUserEndpoint", c -> c.describeAppInstanceUserEndpoint(r -> r
                        .appInstanceUserArn(USER).endpointId(ENDPOINT_ID)),
                "GET", "/app-instance-users/" + USER_PATH + "/endpoints/ep%2F1", EMPTY,
                Answer.json(200, "{\"AppInstanceUserEndpoint\":{\"AppInstanceUserArn\":\"" + USER + "\",\"EndpointId\":"
                        + "\"ep/1\",\"Type\":\"APNS\",\"AllowMessages\":\"ALL\",\"EndpointAttributes\":{\"DeviceToken\":"
                        + "\"d\"},\"EndpointState\":{\"Status\":\"ACTIVE\"}}}"),
                out -> {
                    var endpoint = ((DescribeAppInstanceUserEndpointResponse) out).appInstanceUserEndpoint();
                    assertEquals(AppInstanceUserEndpointType.APNS, endpoint.type());
                    assertEquals(AllowMessages.ALL, endpoint.allowMessages());
                    assertEquals("d", endpoint.endpointAttributes().deviceToken());
                    assertEquals(EndpointStatus.ACTIVE, endpoint.endpointState().status());
                }));
        calls.add(new Call("GetAppInstanceRetentionSettings", c -> c.getAppInstanceRetentionSettings(r -> r
                        .appInstanceArn(APP)),
                "GET", "/app-instances/" + APP_PATH + "/retention-settings", EMPTY,
                Answer.json(200, "{\"AppInstanceRetentionSettings\":{\"ChannelRetentionSettings\":{\"RetentionDays\":60}},"
                        + "\"InitiateDeletionTimestamp\":1700000000}"),
                out -> {
                    var response = (GetAppInstanceRetentionSettingsResponse) out;
                    assertEquals(60, response.appInstanceRetentionSettings().channelRetentionSettings().retentionDays());
                    assertEquals(Instant.ofEpochSecond(1700000000), response.initiateDeletionTimestamp());
                }));
        calls.add(new Call("ListAppInstanceAdmins", c -> c.listAppInstanceAdmins(r -> r.appInstanceArn(APP).maxResults(5)
                        .nextToken("next/page=2")),
                "GET", "/app-instances/" + APP_PATH + "/admins?max-results=5&next-token=next%2Fpage%3D2", EMPTY,
                Answer.json(200, "{\"AppInstanceArn\":\"" + APP + "\",\"AppInstanceAdmins\":[{\"Admin\":{\"Arn\":\""
                        + ADMIN + "\"}}],\"NextToken\":\"t2\"}"),
                out -> {
                    var response = (ListAppInstanceAdminsResponse) out;
                    assertEquals(ADMIN, response.appInstanceAdmins().get(0).admin().arn());
                    assertEquals("t2", response.nextToken());
                }));
        calls.add(new Call("ListAppInstanceBots", c -> c.listAppInstanceBots(r -> r.appInstanceArn(APP).maxResults(10)),
                "GET", "/app-instance-bots?app-instance-arn=" + APP_PATH + "&max-results=10", EMPTY,
                Answer.json(200, "{\"AppInstanceBots\":[{\"AppInstanceBotArn\":\"" + BOT + "\",\"Name\":\"bot\"}]}"),
                out -> assertEquals("bot", ((ListAppInstanceBotsResponse) out).appInstanceBots().get(0).name())));
        calls.add(new Call("ListAppInstanceUserEndpoints", c -> c.listAppInstanceUserEndpoints(r -> r
                        .appInstanceUserArn(USER)),
                "GET", "/app-instance-users/" + USER_PATH + "/endpoints", EMPTY,
                Answer.json(200, "{\"AppInstanceUserEndpoints\":[{\"EndpointId\":\"e1\",\"Type\":\"GCM\"}]}"),
                out -> assertEquals(AppInstanceUserEndpointType.GCM,
                        ((ListAppInstanceUserEndpointsResponse) out).appInstanceUserEndpoints().get(0).type())));
        calls.add(new Call("ListAppInstanceUsers", c -> c.listAppInstanceUsers(r -> r.appInstanceArn(APP)
                        .nextToken("a b+c")),
                "GET", "/app-instance-users?app-instance-arn=" + APP_PATH + "&next-token=a%20b%2Bc", EMPTY,
                Answer.json(200, "{\"AppInstanceUsers\":[{\"AppInstanceUserArn\":\"" + USER + "\"}]}"),
                out -> assertEquals(USER, ((ListAppInstanceUsersResponse) out).appInstanceUsers().get(0)
                        .appInstanceUserArn())));
        calls.add(new Call("ListAppInstances", c -> c.listAppInstances(r -> r.maxResults(2)),
                "GET", "/app-instances?max-results=2", EMPTY,
                Answer.json(200, "{\"AppInstances\":[{\"AppInstanceArn\":\"" + APP + "\",\"Name\":\"my-app\"}],"
                        + "\"NextToken\":\"n\"}"),
                out -> {
                    var response = (ListAppInstancesResponse) out;
                    assertEquals("my-app", response.appInstances().get(0).name());
                    assertTrue(response.hasAppInstances());
                }));
        calls.add(new Call("ListTagsForResource", c -> c.listTagsForResource(r -> r.resourceARN(APP)),
                "GET", "/tags?arn=" + APP_PATH, EMPTY,
                Answer.json(200, "{\"Tags\":[" + TAG_JSON + "]}"),
                out -> assertEquals(List.of(TAG), ((ListTagsForResourceResponse) out).tags())));
        calls.add(new Call("PutAppInstanceRetentionSettings", c -> c.putAppInstanceRetentionSettings(r -> r
                        .appInstanceArn(APP).appInstanceRetentionSettings(AppInstanceRetentionSettings.builder()
                                .channelRetentionSettings(ChannelRetentionSettings.builder().retentionDays(90).build())
                                .build())),
                "PUT", "/app-instances/" + APP_PATH + "/retention-settings",
                "{\"AppInstanceRetentionSettings\":{\"ChannelRetentionSettings\":{\"RetentionDays\":90}}}",
                Answer.json(200, "{\"AppInstanceRetentionSettings\":{\"ChannelRetentionSettings\":{\"RetentionDays\":90}},"
                        + "\"InitiateDeletionTimestamp\":1700000000.25}"),
                out -> assertEquals(Instant.parse("2023-11-14T22:13:20.250Z"),
                        ((PutAppInstanceRetentionSettingsResponse) out).initiateDeletionTimestamp())));
        calls.add(new Call("PutAppInstanceUserExpirationSettings", c -> c.putAppInstanceUserExpirationSettings(r -> r
                        .appInstanceUserArn(USER).expirationSettings(s -> s.expirationDays(1)
                                .expirationCriterion(ExpirationCriterion.CREATED_TIMESTAMP))),
                "PUT", "/app-instance-users/" + USER_PATH + "/expiration-settings",
                "{\"ExpirationSettings\":{\"ExpirationDays\":1,\"ExpirationCriterion\":\"CREATED_TIMESTAMP\"}}",
                Answer.json(200, "{\"AppInstanceUserArn\":\"" + USER + "\",\"ExpirationSettings\":{\"ExpirationDays\":1,"
                        + "\"ExpirationCriterion\":\"CREATED_TIMESTAMP\"}}"),
                out -> assertEquals(1, ((PutAppInstanceUserExpirationSettingsResponse) out).expirationSettings()
                        .expirationDays())));
        calls.add(new Call("RegisterAppInstanceUserEndpoint", c -> c.registerAppInstanceUserEndpoint(r -> r
                        .appInstanceUserArn(USER).name("phone").type(AppInstanceUserEndpointType.APNS_SANDBOX)
                        .resourceArn("arn:aws:mobiletargeting:us-east-1:123456789012:apps/app")
                        .endpointAttributes(a -> a.deviceToken("device-token")).allowMessages(AllowMessages.NONE)),
                "POST", "/app-instance-users/" + USER_PATH + "/endpoints",
                "{\"Name\":\"phone\",\"Type\":\"APNS_SANDBOX\",\"ResourceArn\":\"arn:aws:mobiletargeting:us-east-1:"
                        + "123456789012:apps/app\",\"EndpointAttributes\":{\"DeviceToken\":\"device-token\"},"
                        + "\"ClientRequestToken\":\"" + ChimeTestClients.TOKEN + "\",\"AllowMessages\":\"NONE\"}",
                Answer.json(201, "{\"AppInstanceUserArn\":\"" + USER + "\",\"EndpointId\":\"e9\"}"),
                out -> assertEquals("e9", ((RegisterAppInstanceUserEndpointResponse) out).endpointId())));
        calls.add(noOutput("TagResource", c -> c.tagResource(r -> r.resourceARN(APP).tags(TAG)),
                "POST", "/tags?operation=tag-resource", "{\"ResourceARN\":\"" + APP + "\",\"Tags\":[" + TAG_JSON + "]}"));
        calls.add(noOutput("UntagResource", c -> c.untagResource(r -> r.resourceARN(APP).tagKeys("team", "cost")),
                "POST", "/tags?operation=untag-resource", "{\"ResourceARN\":\"" + APP + "\",\"TagKeys\":[\"team\",\"cost\"]}"));
        calls.add(new Call("UpdateAppInstance", c -> c.updateAppInstance(r -> r.appInstanceArn(APP).name("n2")
                        .metadata("")),
                "PUT", "/app-instances/" + APP_PATH, "{\"Name\":\"n2\",\"Metadata\":\"\"}",
                Answer.json(200, "{\"AppInstanceArn\":\"" + APP + "\"}"),
                out -> assertEquals(APP, ((UpdateAppInstanceResponse) out).appInstanceArn())));
        calls.add(new Call("UpdateAppInstanceBot", c -> c.updateAppInstanceBot(r -> r.appInstanceBotArn(BOT).name("b2")
                        .metadata("m2")),
                "PUT", "/app-instance-bots/" + BOT_PATH, "{\"Name\":\"b2\",\"Metadata\":\"m2\"}",
                Answer.json(200, "{\"AppInstanceBotArn\":\"" + BOT + "\"}"),
                out -> assertEquals(BOT, ((UpdateAppInstanceBotResponse) out).appInstanceBotArn())));
        calls.add(new Call("UpdateAppInstanceUser", c -> c.updateAppInstanceUser(r -> r.appInstanceUserArn(USER)
                        .name("U2").metadata("{\"k\":\"v\"}")),
                "PUT", "/app-instance-users/" + USER_PATH, "{\"Name\":\"U2\",\"Metadata\":\"{\\\"k\\\":\\\"v\\\"}\"}",
                Answer.json(200, "{\"AppInstanceUserArn\":\"" + USER + "\"}"),
                out -> assertEquals(USER, ((UpdateAppInstanceUserResponse) out).appInstanceUserArn())));
        calls.add(new Call("UpdateAppInstanceUserEndpoint", c -> c.updateAppInstanceUserEndpoint(r -> r
                        .appInstanceUserArn(USER).endpointId(ENDPOINT_ID).allowMessages(AllowMessages.ALL)),
                "PUT", "/app-instance-users/" + USER_PATH + "/endpoints/ep%2F1", "{\"AllowMessages\":\"ALL\"}",
                Answer.json(200, "{\"AppInstanceUserArn\":\"" + USER + "\",\"EndpointId\":\"ep/1\"}"),
                out -> assertEquals("ep/1", ((UpdateAppInstanceUserEndpointResponse) out).endpointId())));
        return calls;
    }

    private static Call noOutput(String operation, Function<ChimeSdkIdentityClient, Object> invoke, String method,
            String target) {
        return noOutput(operation, invoke, method, target, EMPTY);
    }

    private static Call noOutput(String operation, Function<ChimeSdkIdentityClient, Object> invoke, String method,
            String target, String body) {
        return new Call(operation, invoke, method, target, body, new Answer(204, java.util.Map.of(), ""),
                out -> assertTrue(out.getClass().getSimpleName().endsWith("Response"), out.getClass().getName()));
    }

    /** An ARN in a URI label is one path segment: {@code :} becomes {@code %3A} and {@code /} becomes {@code %2F}. */
    private static String enc(String arn) {
        return arn.replace(":", "%3A").replace("/", "%2F");
    }
}
