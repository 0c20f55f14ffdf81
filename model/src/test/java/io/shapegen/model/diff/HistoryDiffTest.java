package io.shapegen.model.diff;

import static io.shapegen.model.diff.ModelDiffTest.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff on the real published history of chime-sdk-identity: exact change lists, each classified. */
class HistoryDiffTest {

    @Test
    void august2021ToSeptember2021IsDocumentationOnly() {
        ModelChanges changes = ModelDiff.compare(HistoryData.chimeSdkIdentity("2021-08-06"),
                HistoryData.chimeSdkIdentity("2021-09-03"));

        assertEquals(List.of("documentation-changed service"), lines(changes));
        assertTrue(changes.isDocumentationOnly());
    }

    @Test
    void september2021ToOctober2021AddsTheEndpointAndTagOperations() {
        ModelChanges changes = ModelDiff.compare(HistoryData.chimeSdkIdentity("2021-09-03"),
                HistoryData.chimeSdkIdentity("2021-10-26"));

        List<String> expected = new ArrayList<>();
        for (String operation : List.of("DeregisterAppInstanceUserEndpoint", "DescribeAppInstanceUserEndpoint",
                "ListAppInstanceUserEndpoints", "ListTagsForResource", "RegisterAppInstanceUserEndpoint", "TagResource",
                "UntagResource", "UpdateAppInstanceUserEndpoint")) {
            expected.add("operation-added " + operation);
        }
        expected.addAll(List.of(
                "shape-added AllowMessages: enum",
                "shape-added AppInstanceUserEndpoint: structure",
                "shape-added AppInstanceUserEndpointSummary: structure",
                "shape-added AppInstanceUserEndpointSummaryList: list",
                "shape-added AppInstanceUserEndpointType: enum",
                "shape-added DeregisterAppInstanceUserEndpointRequest: structure",
                "shape-added DescribeAppInstanceUserEndpointRequest: structure",
                "shape-added DescribeAppInstanceUserEndpointResponse: structure",
                "shape-added EndpointAttributes: structure",
                "shape-added EndpointState: structure",
                "shape-added EndpointStatus: enum",
                "shape-added EndpointStatusReason: enum",
                "shape-added ListAppInstanceUserEndpointsRequest: structure",
                "shape-added ListAppInstanceUserEndpointsResponse: structure",
                "shape-added ListTagsForResourceRequest: structure",
                "shape-added ListTagsForResourceResponse: structure",
                "shape-added NonEmptySensitiveString1600: string",
                "shape-added RegisterAppInstanceUserEndpointRequest: structure",
                "shape-added RegisterAppInstanceUserEndpointResponse: structure",
                "shape-added SensitiveChimeArn: string",
                "shape-added SensitiveString1600: string",
                "shape-added SensitiveString64: string",
                "shape-added TagKeyList: list",
                "shape-added TagResourceRequest: structure",
                "shape-added UntagResourceRequest: structure",
                "shape-added UpdateAppInstanceUserEndpointRequest: structure",
                "shape-added UpdateAppInstanceUserEndpointResponse: structure",
                "documentation-changed Tag",
                "documentation-changed Tag.Key",
                "documentation-changed Tag.Value"));
        assertEquals(expected, lines(changes));
        assertEquals(List.of(), changes.breaking());
    }

    @Test
    void march2023ToJune2023RelaxesRespondsToAndDropsSensitiveTargets() {
        ModelChanges changes = ModelDiff.compare(HistoryData.chimeSdkIdentity("2023-03-23"),
                HistoryData.chimeSdkIdentity("2023-06-22"));

        List<String> expected = new ArrayList<>(List.of(
                "shape-added InvokedBy: structure",
                "shape-added StandardMessages: enum",
                "shape-added String1600: string",
                "shape-added String64: string",
                "shape-added TargetedMessages: enum",
                // A plain string shape: no Java type of its own, so not breaking.
                "shape-removed SensitiveString64: string",
                "member-added LexConfiguration.InvokedBy: optional structure InvokedBy",
                "member-added UpdateAppInstanceBotRequest.Configuration: optional structure Configuration"));
        List<String> retargeted = List.of(
                "AppInstanceUserEndpoint.AppInstanceUserArn: SensitiveChimeArn -> ChimeArn",
                "AppInstanceUserEndpoint.EndpointId: SensitiveString64 -> String64",
                "AppInstanceUserEndpointSummary.AppInstanceUserArn: SensitiveChimeArn -> ChimeArn",
                "AppInstanceUserEndpointSummary.EndpointId: SensitiveString64 -> String64",
                "DeregisterAppInstanceUserEndpointRequest.AppInstanceUserArn: SensitiveChimeArn -> ChimeArn",
                "DeregisterAppInstanceUserEndpointRequest.EndpointId: SensitiveString64 -> String64",
                "DescribeAppInstanceUserEndpointRequest.AppInstanceUserArn: SensitiveString1600 -> String1600",
                "DescribeAppInstanceUserEndpointRequest.EndpointId: SensitiveString64 -> String64",
                "RegisterAppInstanceUserEndpointResponse.AppInstanceUserArn: SensitiveChimeArn -> ChimeArn",
                "RegisterAppInstanceUserEndpointResponse.EndpointId: SensitiveString64 -> String64",
                "UpdateAppInstanceUserEndpointRequest.AppInstanceUserArn: SensitiveChimeArn -> ChimeArn",
                "UpdateAppInstanceUserEndpointRequest.EndpointId: SensitiveString64 -> String64",
                "UpdateAppInstanceUserEndpointResponse.AppInstanceUserArn: SensitiveChimeArn -> ChimeArn",
                "UpdateAppInstanceUserEndpointResponse.EndpointId: SensitiveString64 -> String64");
        // Every retargeted member stays a String in Java, and its values are no longer redacted.
        retargeted.forEach(member -> expected.add("member-target-changed " + member));
        expected.add("required-removed LexConfiguration.RespondsTo");
        retargeted.forEach(member -> expected.add("sensitive-removed " + member.substring(0, member.indexOf(':'))));
        expected.add("documentation-changed LexConfiguration.RespondsTo");
        assertEquals(expected, lines(changes));
        assertEquals(List.of(), changes.breaking());

        Change respondsTo = changes.changes().stream()
                .filter(change -> change.kind() == ChangeKind.REQUIRED_REMOVED).findFirst().orElseThrow();
        // LexConfiguration is built by callers (CreateAppInstanceBot) and returned (DescribeAppInstanceBot).
        assertEquals("Callers may still set it; they no longer have to. Responses may now leave it out: code that "
                + "assumed a value should check for null.", respondsTo.reason());
        assertEquals(List.of("CreateAppInstanceBot", "DescribeAppInstanceBot", "UpdateAppInstanceBot"),
                respondsTo.operations());
        Change target = changes.changes().stream()
                .filter(change -> change.kind() == ChangeKind.MEMBER_TARGET_CHANGED).findFirst().orElseThrow();
        assertEquals("Its Java type (string) stays the same.", target.reason());
    }
}
