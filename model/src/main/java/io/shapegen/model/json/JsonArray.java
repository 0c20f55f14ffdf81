package io.shapegen.model.json;

import io.shapegen.model.ModelException;
import io.shapegen.model.ModelPosition;
import java.util.ArrayList;
import java.util.List;

/** A JSON array. @param elements the elements, unmodifiable @param position where it starts */
public record JsonArray(List<JsonValue> elements, ModelPosition position) implements JsonValue {
    /** Makes the element list unmodifiable. */
    public JsonArray {
        elements = List.copyOf(elements);
    }

    @Override
    public String typeName() {
        return "array";
    }

    /**
     * @param what what the elements are, for the error message (for example "shape names")
     * @return the elements as strings
     * @throws ModelException at the first element that is not a string
     */
    public List<String> strings(String what) {
        List<String> result = new ArrayList<>(elements.size());
        for (JsonValue element : elements) {
            if (!(element instanceof JsonString text)) {
                throw element.position().error("expected a string (one of the " + what + ") but found "
                        + element.typeName() + ".", "Write each entry as a JSON string.");
            }
            result.add(text.value());
        }
        return List.copyOf(result);
    }
}
