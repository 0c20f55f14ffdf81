package com.example.hostile.driver;

import com.example.hostile.model.ConflictException;
import com.example.hostile.model.DefaultRequest;
import com.example.hostile.model.Node;
import com.example.hostile.model.Weird;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiled together with the code generated from the hostile model: it only compiles when the generated names
 * are the ones documented, and {@link #run()} checks the behaviour.
 */
public final class HostileDriver {
    private HostileDriver() {
    }

    public static void run() {
        List<String> items = new ArrayList<>(List.of("a", "b"));
        DefaultRequest request = DefaultRequest.builder()
                .classValue("c").defaultValue("d").nullValue("n").builderValue("b").toBuilderValue("tb")
                .hashCodeValue("h").toStringValue("ts").equalsValue("e").getClassValue("g")
                .foo("upper").foo2("lower").hasItems("member named HasItems").items(items)
                .member1abc("digits").ab("dash").secret("hunter2")
                .weird("brand-new-value").weirdList(Weird.ML_T2_MEDIUM, Weird.A_B)
                .override(o -> o.value("v")).integer(i -> i.object(o -> o.count(3)))
                .builderValue2(b -> b.buildValue("built"))
                .attributes(Map.of("k", Node.builder().name("leaf").build()))
                .node(n -> n.name("root").next(Node.builder().name("child").build()))
                .build();

        check("c".equals(request.classValue()), "keyword member");
        check("lower".equals(request.foo2()) && "upper".equals(request.foo()), "case-folded members");
        check(request.hasItems2() && "member named HasItems".equals(request.hasItems()), "has-method collision");

        items.add("c");
        check(request.items().equals(List.of("a", "b")), "the builder copies lists");
        try {
            request.items().add("x");
            throw new AssertionError("lists must be unmodifiable");
        } catch (UnsupportedOperationException expected) {
            // immutable, as documented
        }
        check(DefaultRequest.builder().build().items().isEmpty() && !DefaultRequest.builder().build().hasItems2(),
                "absent list is empty and not present");

        check(request.weird() == Weird.UNKNOWN_TO_SDK_VERSION, "unknown enum value");
        check("brand-new-value".equals(request.weirdAsString()), "raw unknown enum value kept");
        check(Weird.fromValue("ml.t2.medium") == Weird.ML_T2_MEDIUM, "dotted enum value");
        check(Weird.fromValue("*") == Weird.VALUE && Weird.fromValue("1") == Weird.VALUE_1, "symbol enum values");
        check(Weird.fromValue("value") == Weird.VALUE2 && Weird.fromValue("Value") == Weird.VALUE3, "case-only enum values");
        check(Weird.fromValue("BY_VALUE") == Weird.BY_VALUE2, "enum value clashing with an internal field");
        check(!Weird.knownValues().contains(Weird.UNKNOWN_TO_SDK_VERSION) && Weird.knownValues().size() == 9, "known values");
        check(request.weirdList().equals(List.of(Weird.ML_T2_MEDIUM, Weird.A_B)), "enum list");
        check(request.weirdListAsStrings().equals(List.of("ml.t2.medium", "a-b")), "enum list as strings");

        String text = request.toString();
        check(!text.contains("hunter2") && text.contains("Secret=*** Sensitive Data Redacted ***"), "sensitive redaction: " + text);
        com.example.hostile.model.String withSecrets = com.example.hostile.model.String.builder()
                .text("visible").secrets("s3cr3t").build();
        check(!withSecrets.toString().contains("s3cr3t") && withSecrets.toString().contains("visible"),
                "a list of sensitive values is redacted");

        DefaultRequest same = request.toBuilder().build();
        check(same.equals(request) && same.hashCode() == request.hashCode(), "equals and hashCode of a copy");
        check(!request.toBuilder().foo("other").build().equals(request), "equals sees a changed member");
        check(request.integer().object().count() == 3, "nested builders");
        check("child".equals(request.node().next().name()), "recursive structures");

        ConflictException conflict = ConflictException.builder().message("taken").statusCode(409).requestId("rid")
                .statusCodeValue("modeled").reason(Weird.A_B).build();
        check(conflict.statusCode() == 409 && "modeled".equals(conflict.statusCodeValue()), "exception members vs base");
        check("rid".equals(conflict.requestId()) && conflict.reason() == Weird.A_B, "exception members");
        check(conflict.getMessage().startsWith("taken"), "exception message: " + conflict.getMessage());
        check("Conflict".equals(conflict.errorCode()), "error code defaults to the shape name");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
