package io.shapegen.generator.spec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.Shape;
import java.util.Optional;

/**
 * A structure member as Java sees it. Every name here is final and unique within its class.
 *
 * @param member the model member
 * @param target the shape the member refers to
 * @param name the field name, and in the fluent style the accessor and builder setter name
 * @param getterName the accessor: {@code name} (fluent) or {@code getName} (bean)
 * @param setterName the builder setter: {@code name} (fluent) or {@code setName} (bean)
 * @param storageType the field's type: enums are kept as their wire strings
 * @param kind how the member is exposed
 * @param enumClass the enum type of an enum or enum-list member
 * @param asStringName the accessor of the raw string(s) of an enum or enum-list member
 * @param hasName the presence check of a list or map member
 * @param withStringsName the builder setter taking raw strings of an enum-list member
 * @param elementType the element type of a list member (for varargs setters)
 * @param nestedBuilderOf the class of a structure member (for {@code Consumer<Builder>} setters)
 * @param sensitive whether values must be redacted in {@code toString}
 * @param javadoc the member's documentation, already safe for a Javadoc comment
 */
public record MemberSpec(Member member, Shape target, String name, String getterName, String setterName,
        TypeName storageType, Kind kind,
        Optional<ClassName> enumClass, Optional<String> asStringName, Optional<String> hasName,
        Optional<String> withStringsName, Optional<TypeName> elementType, Optional<ClassName> nestedBuilderOf,
        boolean sensitive, String javadoc) {

    /** How a member is exposed. */
    public enum Kind {
        /** A single value returned as stored. */
        SCALAR,
        /** An enum: the accessor converts the stored string, {@code xxxAsString()} returns it. */
        ENUM,
        /** A list: {@code hasXxx()} tells absent from empty. */
        LIST,
        /** A list of enums: the accessor converts, {@code xxxAsStrings()} returns the strings. */
        ENUM_LIST,
        /** A map: {@code hasXxx()} tells absent from empty. */
        MAP
    }

    /** @return the type the accessor returns */
    public TypeName accessorType() {
        return switch (kind) {
            case ENUM -> enumClass.orElseThrow();
            case ENUM_LIST -> com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(java.util.List.class),
                    enumClass.orElseThrow());
            default -> storageType;
        };
    }

    /** @return whether the member is a list or map (has a presence check) */
    public boolean isCollection() {
        return hasName.isPresent();
    }
}
