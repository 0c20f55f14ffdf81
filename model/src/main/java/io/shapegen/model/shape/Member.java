package io.shapegen.model.shape;

import io.shapegen.model.ModelPosition;
import java.util.Optional;

/**
 * A member of a structure, or the element, key or value of a list or map.
 *
 * @param name the member's name in the model
 * @param target the name of the shape it refers to
 * @param required whether the owning structure lists it as {@code required}
 * @param documentation the HTML documentation, {@code ""} when absent
 * @param location where it travels in HTTP ({@link MemberLocation#BODY} by default)
 * @param locationName the wire name (header, query parameter, label or JSON key), if different from {@code name}
 * @param traits everything else the member may say
 * @param position where the member is defined
 */
public record Member(String name, String target, boolean required, String documentation, MemberLocation location,
        Optional<String> locationName, MemberTraits traits, ModelPosition position) {

    /** @return the name on the wire: {@code locationName} if given, else {@code name} */
    public String wireName() {
        return locationName.orElse(name);
    }
}
