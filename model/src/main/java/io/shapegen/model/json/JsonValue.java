package io.shapegen.model.json;

import io.shapegen.model.ModelPosition;

/** A parsed JSON value that remembers where it stood in its file. */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {
    /** @return where the value starts */
    ModelPosition position();

    /** @return the JSON type's name as users know it: object, array, string, number, boolean, null */
    String typeName();
}
