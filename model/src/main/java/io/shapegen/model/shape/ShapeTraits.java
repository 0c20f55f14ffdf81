package io.shapegen.model.shape;

import io.shapegen.model.ModelPosition;
import java.util.Optional;

/**
 * Traits any shape type may carry.
 *
 * @param documentation the HTML documentation, {@code ""} when absent
 * @param deprecated whether the shape is deprecated
 * @param deprecatedMessage why, {@code ""} when not said
 * @param sensitive whether values of this shape must never be printed
 * @param constraints {@code min}, {@code max} and {@code pattern}
 * @param box whether a primitive value may be absent (botocore {@code box})
 * @param streaming whether the value is a stream rather than a buffered value
 * @param xml the XML traits (namespace, location name, flattened)
 * @param position where the shape is defined
 */
public record ShapeTraits(String documentation, boolean deprecated, String deprecatedMessage, boolean sensitive,
        Constraints constraints, boolean box, boolean streaming, XmlTraits xml, ModelPosition position) {

    /**
     * XML serialization traits, kept so the query and rest-xml protocols can be added.
     *
     * @param namespace the {@code xmlNamespace} uri, if any
     * @param namespacePrefix the namespace prefix, if any
     * @param locationName the element name, if any
     * @param flattened whether a list or map is flattened
     */
    public record XmlTraits(Optional<String> namespace, Optional<String> namespacePrefix, Optional<String> locationName,
            boolean flattened) {
        /** No XML traits at all. */
        public static final XmlTraits NONE = new XmlTraits(Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}
