package io.shapegen.model.diff;

import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.ListShape;
import io.shapegen.model.shape.MapShape;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StringShape;
import io.shapegen.model.shape.StructureShape;

/**
 * The Java type a member has in the generated SDK, described in model terms ({@code string}, {@code enum Color},
 * {@code structure Tag}, {@code list<structure Tag>}, {@code map<string, integer>}), so that two versions can be
 * compared without generating code. It mirrors the generator's mapping (TypeMapper and MemberResolver in
 * shapegen-generator): the accessor of an enum or a list of enums returns the enum type, every other enum is
 * kept as its wire string, structures are classes named after their shape, and all string-like shapes are
 * {@code String}.
 */
final class ApiTypes {
    private ApiTypes() {
    }

    /**
     * @param model the model the member belongs to
     * @param member a structure member or a list element
     * @return the type its accessor returns
     */
    static String accessorType(ServiceModel model, Member member) {
        Shape target = model.shape(member.target());
        if (isEnum(target)) {
            return "enum " + target.name();
        }
        if (target instanceof ListShape list && isEnum(model.shape(list.member().target()))) {
            return "list<enum " + list.member().target() + ">";
        }
        return storageType(model, target);
    }

    /**
     * Lists and maps nest a bounded number of levels: the model rejects collection cycles without a structure in
     * between, and a structure ends the descent.
     *
     * @param model the model
     * @param shape a shape
     * @return the type a value of that shape is stored as, with enums as their wire strings
     */
    static String storageType(ServiceModel model, Shape shape) {
        if (shape instanceof ListShape list) {
            return "list<" + storageType(model, model.shape(list.member().target())) + ">";
        }
        if (shape instanceof MapShape map) {
            return "map<string, " + storageType(model, model.shape(map.value().target())) + ">";
        }
        if (shape instanceof StructureShape) {
            return "structure " + shape.name();
        }
        if (shape instanceof StringShape || shape instanceof io.shapegen.model.shape.CharacterShape) {
            return "string";
        }
        return shape.typeName();
    }

    /**
     * A shape's own type, for {@link ChangeKind#SHAPE_TYPE_CHANGED}: the botocore type, with enums and the kinds
     * of structure told apart.
     *
     * @param shape a shape
     * @return for example {@code enum}, {@code structure}, {@code exception}, {@code union}, {@code list}
     */
    static String shapeType(Shape shape) {
        if (isEnum(shape)) {
            return "enum";
        }
        if (shape instanceof StructureShape structure) {
            return switch (structure.kind()) {
                case STRUCTURE -> "structure";
                case UNION -> "union";
                case EXCEPTION -> "exception";
                case EVENT_STREAM -> "event stream";
                case EVENT -> "event";
            };
        }
        return shape.typeName();
    }

    /** @param shape a shape @return whether the generator makes a class or enum for it (when it is used) */
    static boolean hasOwnJavaType(Shape shape) {
        return shape instanceof StructureShape || isEnum(shape);
    }

    /**
     * Mirrors the generator's rule for redacting a member in {@code toString}.
     *
     * @param model the model
     * @param member a member
     * @return whether the member, its target, or a list element or map key or value it holds is sensitive
     */
    static boolean isSensitive(ServiceModel model, Member member) {
        if (member.traits().sensitive()) {
            return true;
        }
        Shape current = model.shape(member.target());
        // Collections nest a bounded number of levels (no collection cycles); the bound is only a safeguard.
        for (int depth = 0; depth < 64; depth++) {
            if (current.traits().sensitive()) {
                return true;
            }
            if (current instanceof ListShape list) {
                current = model.shape(list.member().target());
            } else if (current instanceof MapShape map) {
                if (model.shape(map.key().target()).traits().sensitive()) {
                    return true;
                }
                current = model.shape(map.value().target());
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean isEnum(Shape shape) {
        return shape instanceof StringShape string && string.isEnum();
    }
}
