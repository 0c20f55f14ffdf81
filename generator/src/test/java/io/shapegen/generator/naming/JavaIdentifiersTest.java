package io.shapegen.generator.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Naming rules, including what the corpus and the mutation test found. */
class JavaIdentifiersTest {

    @Test
    void followsTheAwsSdkV2() {
        assertEquals("ChimeSdkIdentity", JavaIdentifiers.serviceName("Chime SDK Identity"));
        assertEquals("DynamoDb", JavaIdentifiers.serviceName("DynamoDB"));
        assertEquals("appInstanceArn", JavaIdentifiers.memberName("AppInstanceArn", Set.of()));
        assertEquals("sseDescription", JavaIdentifiers.memberName("SSEDescription", Set.of()));
        assertEquals("arn", JavaIdentifiers.memberName("ARN", Set.of()));
        assertEquals("CREATED_TIMESTAMP", JavaIdentifiers.enumConstant("CreatedTimestamp"));
        assertEquals("ML_T2_MEDIUM", JavaIdentifiers.enumConstant("ml.t2.medium"));
    }

    @Test
    void makesHostileNamesSafe() {
        assertEquals("classValue", JavaIdentifiers.memberName("class", Set.of()));
        assertEquals("builderValue", JavaIdentifiers.memberName("builder", Set.of("builder")));
        assertEquals("member1abc", JavaIdentifiers.memberName("1abc", Set.of()));
        assertEquals("member", JavaIdentifiers.memberName("日本語", Set.of()));
        assertEquals("CONShape", JavaIdentifiers.typeName("CON", "Shape"));
        assertEquals("Shape", JavaIdentifiers.typeName("../..", "Shape"));
        assertEquals("AB", JavaIdentifiers.typeName("a/b", "Shape"));
        assertEquals("VALUE", JavaIdentifiers.enumConstant("*"));
        assertEquals("VALUE_1", JavaIdentifiers.enumConstant("1"));
    }

    /** Found by MutationTest: a 300-character operation name made a file name too long for the file system. */
    @Test
    void capsLongNamesKeepingThemDistinct() {
        String longA = "Op" + "x".repeat(300) + "A";
        String longB = "Op" + "x".repeat(300) + "B";
        String a = JavaIdentifiers.typeName(longA, "Shape");
        String b = JavaIdentifiers.typeName(longB, "Shape");
        assertEquals(JavaIdentifiers.MAX_LENGTH, a.length());
        assertNotEquals(a, b);
        assertEquals(a, JavaIdentifiers.typeName(longA, "Shape"), "deterministic");
        assertTrue(JavaIdentifiers.memberName(longA, Set.of()).length() <= JavaIdentifiers.MAX_LENGTH);
        assertTrue(JavaIdentifiers.enumConstant(longA).length() <= JavaIdentifiers.MAX_LENGTH);
    }
}
