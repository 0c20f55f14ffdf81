package io.shapegen.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import io.shapegen.model.ServiceModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of change, each with its classification: {@code widgets-old.json} → {@code widgets-new.json} holds
 * one or more of each, and small models below show the rules that depend on where a shape is used.
 */
class ModelDiffTest {

    @Test
    void everyKindOfChangeBetweenTheWidgetVersions() {
        ModelChanges changes = ModelDiff.compare(resource("widgets-old.json"), resource("widgets-new.json"));

        assertEquals(List.of(
                "operation-added ListWidgets",
                "operation-removed DeleteWidget [breaking]",
                "operation-error-added GetWidget ThrottlingException",
                "operation-error-removed CreateWidget ConflictException",
                "shape-added ListWidgetsRequest: structure",
                "shape-added ListWidgetsResponse: structure",
                "shape-added Long: long",
                "shape-added Name2: string",
                "shape-added ThrottlingException: exception",
                "shape-added WidgetList: list",
                "shape-removed DeleteWidgetRequest: structure [breaking]",
                "shape-removed Label: string",
                "shape-type-changed Finish: string -> enum",
                "member-added CreateWidgetRequest.Notes: optional string",
                "member-added CreateWidgetRequest.Size: required integer [breaking]",
                "member-added GetWidgetResponse.Etag: required string",
                "member-removed Widget.Label: string [breaking]",
                "member-type-changed Widget.Finish: string -> enum Finish [breaking]",
                "member-type-changed Widget.Weight: integer -> long [breaking]",
                "member-target-changed Widget.Name: WidgetName -> Name2",
                "required-added CreateWidgetRequest.Color [breaking]",
                "required-added Widget.Name",
                "required-removed CreateWidgetRequest.Name",
                "enum-value-added Color GREEN",
                "enum-value-removed Color BLUE [breaking]",
                "http-binding-changed GetWidget: GET /widgets/{WidgetId} (200) -> GET /v2/widgets/{WidgetId} (200)",
                "http-binding-changed GetWidgetRequest.Verbose: querystring verbose -> header X-Verbose",
                "sensitive-added Widget.Secret",
                "sensitive-removed Token",
                "trait-changed CreateWidget deprecated: false -> true",
                "trait-changed WidgetName max: 64 -> 128",
                "documentation-changed service",
                "documentation-changed CreateWidget",
                "documentation-changed Widget.Name"), lines(changes));
        assertEquals(8, changes.breaking().size());
        assertFalse(changes.isDocumentationOnly());
    }

    @Test
    void changesSayWhyAndWhichOperationsTheyTouch() {
        ModelChanges changes = ModelDiff.compare(resource("widgets-old.json"), resource("widgets-new.json"));

        Change size = find(changes, "member-added CreateWidgetRequest.Size: required integer");
        assertEquals("Required in a request: callers must now set it, and requests without it fail.", size.reason());
        assertEquals(List.of("CreateWidget"), size.operations());
        Change etag = find(changes, "member-added GetWidgetResponse.Etag: required string");
        assertEquals("Required only in responses, which the service fills; callers build no such value.",
                etag.reason());
        // Widget is reached from GetWidget (old and new) and from the new ListWidgets.
        assertEquals(List.of("GetWidget", "ListWidgets"), find(changes, "member-removed Widget.Label: string")
                .operations());
        assertEquals("Behaviour only: toString now prints its values; check what your logs may show.",
                find(changes, "sensitive-removed Token").reason());
        assertEquals(List.of(), find(changes, "documentation-changed service").operations());
    }

    @Test
    void identicalModelsHaveNoChanges() {
        ModelChanges changes = ModelDiff.compare(resource("widgets-old.json"), resource("widgets-old.json"));

        assertTrue(changes.isEmpty());
        assertFalse(changes.isDocumentationOnly());
    }

    @Test
    void documentationOnly() {
        ServiceModel before = things("""
                "GetThing": {"http": {"method": "GET", "requestUri": "/"}, "output": {"shape": "Thing"}}
                """, """
                "Thing": {"type": "structure", "members": {"Name": {"shape": "S", "documentation": "<p>Old.</p>"}}},
                "S": {"type": "string"}
                """);
        ServiceModel after = things("""
                "GetThing": {"http": {"method": "GET", "requestUri": "/"}, "output": {"shape": "Thing"},
                             "documentation": "<p>Gets it.</p>"}
                """, """
                "Thing": {"type": "structure", "members": {"Name": {"shape": "S", "documentation": "<p>New.</p>"}}},
                "S": {"type": "string"}
                """);

        ModelChanges changes = ModelDiff.compare(before, after);

        assertEquals(List.of("documentation-changed GetThing", "documentation-changed Thing.Name"), lines(changes));
        assertTrue(changes.isDocumentationOnly());
    }

    @Test
    void anEnumValueRemovedFromResponsesStillRemovesItsConstant() {
        String operations = """
                "GetThing": {"http": {"method": "GET", "requestUri": "/"}, "output": {"shape": "Thing"}}
                """;
        ServiceModel before = things(operations, """
                "Thing": {"type": "structure", "members": {"Color": {"shape": "Color"}}},
                "Color": {"type": "string", "enum": ["RED", "BLUE"]}
                """);
        ServiceModel after = things(operations, """
                "Thing": {"type": "structure", "members": {"Color": {"shape": "Color"}}},
                "Color": {"type": "string", "enum": ["RED"]}
                """);

        Change removed = ModelDiff.compare(before, after).changes().get(0);

        assertEquals("enum-value-removed Color BLUE [breaking]", line(removed));
        assertEquals("Its enum constant is removed, so code that names it no longer compiles.", removed.reason());
    }

    @Test
    void shapesNoOperationUsesNeverBreak() {
        String operations = """
                "Ping": {"http": {"method": "GET", "requestUri": "/"}}
                """;
        ServiceModel before = things(operations, """
                "Orphan": {"type": "structure", "members": {"A": {"shape": "S"}, "B": {"shape": "Level"}}},
                "Gone": {"type": "structure", "members": {}},
                "Level": {"type": "string", "enum": ["LOW", "HIGH"]},
                "S": {"type": "string"}
                """);
        ServiceModel after = things(operations, """
                "Orphan": {"type": "structure", "required": ["B", "C"],
                           "members": {"B": {"shape": "Level"}, "C": {"shape": "S"}}},
                "Level": {"type": "string", "enum": ["LOW"]},
                "S": {"type": "string"}
                """);

        ModelChanges changes = ModelDiff.compare(before, after);

        assertEquals(List.of(
                "shape-removed Gone: structure",
                "member-added Orphan.C: required string",
                "member-removed Orphan.A: string",
                "required-added Orphan.B",
                "enum-value-removed Level HIGH"), lines(changes));
        assertTrue(changes.changes().stream().allMatch(change -> change.reason().equals(
                "No operation used it in the old model, so the old SDK has no code for it.")), changes::toString);
    }

    @Test
    void anOperationThatTakesAnotherInputShapeIsBreaking() {
        ServiceModel before = things("""
                "PutThing": {"http": {"method": "PUT", "requestUri": "/"}, "input": {"shape": "PutThingRequest"}}
                """, """
                "PutThingRequest": {"type": "structure", "members": {}}
                """);
        ServiceModel after = things("""
                "PutThing": {"http": {"method": "PUT", "requestUri": "/"}, "input": {"shape": "PutThingInput"},
                             "output": {"shape": "PutThingOutput"}}
                """, """
                "PutThingInput": {"type": "structure", "members": {}},
                "PutThingOutput": {"type": "structure", "members": {}}
                """);

        assertEquals(List.of(
                "operation-input-changed PutThing: PutThingRequest -> PutThingInput [breaking]",
                "operation-output-changed PutThing: (none) -> PutThingOutput [breaking]",
                "shape-added PutThingInput: structure",
                "shape-added PutThingOutput: structure",
                "shape-removed PutThingRequest: structure [breaking]"), lines(ModelDiff.compare(before, after)));
    }

    @Test
    void aRenamedStructureChangesTheJavaTypeButARenamedStringDoesNot() {
        String operations = """
                "GetHolder": {"http": {"method": "GET", "requestUri": "/"}, "output": {"shape": "Holder"}}
                """;
        ServiceModel before = things(operations, """
                "Holder": {"type": "structure", "members": {"Item": {"shape": "ItemV1"}, "Items": {"shape": "Items"},
                           "Names": {"shape": "Names"}}},
                "Items": {"type": "list", "member": {"shape": "ItemV1"}},
                "ItemV1": {"type": "structure", "members": {}},
                "Names": {"type": "list", "member": {"shape": "Name"}},
                "Name": {"type": "string"}
                """);
        ServiceModel after = things(operations, """
                "Holder": {"type": "structure", "members": {"Item": {"shape": "ItemV2"}, "Items": {"shape": "Items"},
                           "Names": {"shape": "Names"}}},
                "Items": {"type": "list", "member": {"shape": "ItemV2"}},
                "ItemV2": {"type": "structure", "members": {}},
                "Names": {"type": "list", "member": {"shape": "SecretName"}},
                "SecretName": {"type": "string", "sensitive": true}
                """);

        assertEquals(List.of(
                "shape-added ItemV2: structure",
                "shape-added SecretName: string",
                "shape-removed ItemV1: structure [breaking]",
                "shape-removed Name: string",
                "member-type-changed Holder.Item: structure ItemV1 -> structure ItemV2 [breaking]",
                "member-type-changed Holder.Items: list<structure ItemV1> -> list<structure ItemV2> [breaking]",
                "member-type-changed Items.member: structure ItemV1 -> structure ItemV2 [breaking]",
                "member-target-changed Names.member: Name -> SecretName",
                // Reported where the reference changed (the list's element), not again on Holder.Names.
                "sensitive-added Names.member"), lines(ModelDiff.compare(before, after)));
    }

    @Test
    void enumsAreTheirOwnJavaTypeOnlyWhereTheGeneratorExposesThem() {
        String operations = """
                "PutThing": {"http": {"method": "PUT", "requestUri": "/"}, "input": {"shape": "Thing"}}
                """;
        ServiceModel before = things(operations, """
                "Thing": {"type": "structure", "members": {"Colors": {"shape": "Colors"}, "ByName": {"shape": "ByName"}}},
                "Colors": {"type": "list", "member": {"shape": "Color"}},
                "ByName": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "Color"}},
                "Color": {"type": "string", "enum": ["RED"]},
                "S": {"type": "string"}
                """);
        ServiceModel after = things(operations, """
                "Thing": {"type": "structure", "members": {"Colors": {"shape": "Colors"}, "ByName": {"shape": "ByName"}}},
                "Colors": {"type": "list", "member": {"shape": "Colour"}},
                "ByName": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "Colour"}},
                "Colour": {"type": "string", "enum": ["RED"]},
                "S": {"type": "string"}
                """);

        // A list of enums is exposed as List<Color>; map values are kept as their wire strings.
        assertEquals(List.of(
                "shape-added Colour: enum",
                "shape-removed Color: enum [breaking]",
                "member-type-changed Colors.member: enum Color -> enum Colour [breaking]",
                "member-type-changed Thing.Colors: list<enum Color> -> list<enum Colour> [breaking]",
                "member-target-changed ByName.value: Color -> Colour"), lines(ModelDiff.compare(before, after)));
    }

    @Test
    void aNewServiceIdRenamesTheClient() {
        String operations = """
                "Ping": {"http": {"method": "GET", "requestUri": "/"}}
                """;
        ServiceModel before = things(operations, "");
        ServiceModel after = ModelLoader.loadService(source("gadgets.json", things(operations, "", "Gadgets")));

        Change renamed = ModelDiff.compare(before, after).changes().get(0);

        assertEquals("trait-changed service serviceId: Things -> Gadgets [breaking]", line(renamed));
    }

    static List<String> lines(ModelChanges changes) {
        return changes.changes().stream().map(ModelDiffTest::line).toList();
    }

    static String line(Change change) {
        return change.summary() + (change.breaking() ? " [breaking]" : "");
    }

    private static Change find(ModelChanges changes, String summary) {
        return changes.changes().stream().filter(change -> change.summary().equals(summary)).findFirst()
                .orElseThrow(() -> new AssertionError("no change " + summary + " in " + lines(changes)));
    }

    private static ServiceModel things(String operations, String shapes) {
        return ModelLoader.loadService(source("things.json", things(operations, shapes, "Things")));
    }

    private static String things(String operations, String shapes, String serviceId) {
        return "{\"metadata\": {\"protocol\": \"rest-json\", \"serviceId\": \"" + serviceId + "\", "
                + "\"endpointPrefix\": \"things\"},\n\"operations\": {" + operations + "},\n\"shapes\": {" + shapes
                + "}}";
    }

    private static ModelSource source(String name, String json) {
        return new ModelSource(name, json.getBytes(StandardCharsets.UTF_8));
    }

    private static ServiceModel resource(String name) {
        try (InputStream in = ModelDiffTest.class.getResourceAsStream(name)) {
            return ModelLoader.loadService(new ModelSource(name, in.readAllBytes()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
