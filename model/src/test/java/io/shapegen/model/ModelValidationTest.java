package io.shapegen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each validation rule, with the exact message users see and where it points. */
class ModelValidationTest {

    private static ModelException loadFails(String json) {
        ModelSource source = new ModelSource("broken.json", json.getBytes(StandardCharsets.UTF_8));
        return assertThrows(ModelException.class, () -> ModelLoader.loadService(source));
    }

    /** A valid skeleton; placeholders are replaced per test. Line numbers below refer to this layout. */
    private static String model(String shapes, String operations) {
        return "{\n"
                + "  \"metadata\": {\"protocol\": \"rest-json\", \"serviceId\": \"Test\", \"endpointPrefix\": \"test\"},\n"
                + "  \"operations\": {\n" + operations + "\n  },\n"
                + "  \"shapes\": {\n" + shapes + "\n  }\n"
                + "}\n";
    }

    private static final String GET_THING = "    \"GetThing\": {\"http\": {\"method\": \"GET\", \"requestUri\": \"/things/{Id}\"},"
            + " \"input\": {\"shape\": \"GetThingRequest\"}}";

    @Test
    void malformedJson() {
        ModelException e = loadFails("{\n  \"metadata\": {\"protocol\": \"rest-json\",}\n}");
        assertEquals("broken.json:2:40: the file is not well-formed JSON: Unexpected character ('}' (code 125)): "
                + "was expecting double-quote to start field name. Fix the JSON syntax at that line and column.", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(40, e.column());
    }

    @Test
    void unresolvedShapeReference() {
        ModelException e = loadFails(model(
                "    \"GetThingRequest\": {\"type\": \"structure\", \"members\": {\n"
                        + "      \"Id\": {\"shape\": \"Missing\", \"location\": \"uri\", \"locationName\": \"Id\"}}}",
                GET_THING));
        assertEquals("broken.json:8:23: at /shapes/GetThingRequest/members/Id/shape: shape \"Missing\" is not defined. "
                + "Define it under /shapes or refer to an existing shape.", e.getMessage());
        assertEquals("/shapes/GetThingRequest/members/Id/shape", e.pointer());
    }

    @Test
    void uriLabelWithoutMember() {
        ModelException e = loadFails(model(
                "    \"GetThingRequest\": {\"type\": \"structure\", \"members\": {\"Name\": {\"shape\": \"S\"}}},\n"
                        + "    \"S\": {\"type\": \"string\"}",
                GET_THING));
        assertEquals("broken.json:4:58: at /operations/GetThing/http/requestUri: the requestUri \"/things/{Id}\" of "
                + "operation \"GetThing\" has the label {Id}, but its input \"GetThingRequest\" has no member with "
                + "\"location\": \"uri\" and \"locationName\": \"Id\". Add such a member to the input structure, or "
                + "correct the label.", e.getMessage());
    }

    @Test
    void requiredNameThatIsNotAMember() {
        ModelException e = loadFails(model(
                "    \"Thing\": {\"type\": \"structure\", \"required\": [\"Name\", \"Nmae\"],\n"
                        + "      \"members\": {\"Name\": {\"shape\": \"S\"}}},\n"
                        + "    \"S\": {\"type\": \"string\"}",
                "    \"PutThing\": {\"input\": {\"shape\": \"Thing\"}}"));
        assertEquals("broken.json:7:57: at /shapes/Thing/required/1: \"Nmae\" is listed as required, but structure "
                + "\"Thing\" has no member of that name. Remove it from \"required\" or add the member under \"members\".",
                e.getMessage());
    }

    @Test
    void emptyEnum() {
        ModelException e = loadFails(model("    \"Color\": {\"type\": \"string\", \"enum\": []}", ""));
        assertEquals("broken.json:7:41: at /shapes/Color/enum: the enum of string shape \"Color\" is empty. "
                + "List at least one value, or remove \"enum\" to make it a free string.", e.getMessage());
    }

    @Test
    void operationInputThatIsNotAStructure() {
        ModelException e = loadFails(model("    \"S\": {\"type\": \"string\"}",
                "    \"PutThing\": {\"input\": {\"shape\": \"S\"}}"));
        assertEquals("broken.json:4:37: at /operations/PutThing/input/shape: the input of operation \"PutThing\" is "
                + "\"S\", a string shape; an input must be a structure. Point \"input\" at a structure shape.",
                e.getMessage());
    }

    @Test
    void wrongTypeIsRejectedWithItsLocation() {
        ModelException e = loadFails(model("    \"S\": {\"type\": \"string\", \"sensitive\": \"yes\"}", ""));
        assertEquals("broken.json:7:42: at /shapes/S/sensitive: \"sensitive\" must be true or false but is the string "
                + "\"yes\". Change the value to true or false.", e.getMessage());
    }

    @Test
    void unknownKeysAreTolerated() {
        ServiceModel model = ModelLoader.loadService(new ModelSource("ok.json", model(
                "    \"S\": {\"type\": \"string\", \"futureTrait\": {\"anything\": [1, 2]}}", "")
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals("string", model.shape("S").typeName());
    }

    @Test
    void unknownShapeTypeListsTheValidOnes() {
        ModelException e = loadFails(model("    \"S\": {\"type\": \"strnig\"}", ""));
        assertTrue(e.getMessage().startsWith("broken.json:7:19: at /shapes/S/type: \"strnig\" is not a shape type. "
                + "Use one of: structure, list, map, string,"), e.getMessage());
    }

    @Test
    void duplicateKeysAreReported() {
        ModelException e = loadFails(model("    \"S\": {\"type\": \"string\", \"type\": \"integer\"}", ""));
        assertEquals("broken.json:7:29: at /shapes/S/type: the key \"type\" appears twice in the same object. "
                + "Keep one of the two entries.", e.getMessage());
    }

    @Test
    void deepNestingIsALocatedErrorNotAStackOverflow() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        ModelException e = loadFails("{\"metadata\": " + deep + "}");
        assertTrue(e.getMessage().startsWith("broken.json:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("nests deeper than 256 levels"), e.getMessage());
    }

    @Test
    void collectionThatContainsItselfIsRejected() {
        ModelException e = loadFails(model("    \"L\": {\"type\": \"list\", \"member\": {\"shape\": \"L\"}}", ""));
        assertEquals("broken.json:7:10: at /shapes/L: the list shape \"L\" contains itself through L → L with no "
                + "structure in between. Break the cycle with a structure member, as no finite Java type can hold it.",
                e.getMessage());
    }

    @Test
    void missingFileNamesThePath() {
        ModelException e = assertThrows(ModelException.class,
                () -> ModelSource.read(java.nio.file.Path.of("does-not-exist.json")));
        assertTrue(e.getMessage().startsWith("does-not-exist.json: cannot read the file (NoSuchFileException"), e.getMessage());
    }

    /** Found by MutationTest: an error that is not an exception made the generator fail with a NullPointerException. */
    @Test
    void operationErrorThatIsNotAnException() {
        ModelException e = loadFails(model("    \"Oops\": {\"type\": \"structure\", \"members\": {}}",
                "    \"PutThing\": {\"errors\": [{\"shape\": \"Oops\"}]}"));
        assertEquals("broken.json:4:39: at /operations/PutThing/errors/0/shape: the error \"Oops\" of operation \"PutThing\" "
                + "is a plain structure, not an exception. Mark the shape with \"exception\": true, or remove it from "
                + "\"errors\".", e.getMessage());
    }
}
