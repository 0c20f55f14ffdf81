package io.shapegen.generator.spec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.shapegen.generator.doc.JavadocRenderer;
import io.shapegen.generator.flavour.AccessorStyle;
import io.shapegen.generator.naming.JavaIdentifiers;
import io.shapegen.generator.naming.NameScope;
import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.ListShape;
import io.shapegen.model.shape.MapShape;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StringShape;
import io.shapegen.model.shape.StructureShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Names and types the members of one class, so no two of its methods collide. */
final class MemberResolver {
    /** Methods every model class (or its builder) already has. */
    private static final Set<String> MODEL_METHODS = Set.of("builder", "toBuilder", "build", "hashCode", "equals",
            "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "serializableBuilderClass");

    /** Methods every exception already has, from Throwable and the runtime's service exception. */
    private static final Set<String> EXCEPTION_METHODS = Set.of("builder", "toBuilder", "build", "hashCode", "equals",
            "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "getMessage",
            "getLocalizedMessage", "getCause", "initCause", "fillInStackTrace", "getStackTrace", "setStackTrace",
            "printStackTrace", "addSuppressed", "getSuppressed", "statusCode", "errorCode", "errorMessage", "requestId",
            "errorDetails");

    /** Who owns the members. */
    enum Owner {
        /** A model class with a builder. */
        MODEL,
        /** An exception; its message member is carried by the base class. */
        EXCEPTION
    }

    private final ServiceModel model;
    private final TypeMapper types;
    private final Map<String, ClassName> enumClasses;
    private final Map<String, ClassName> structureClasses;

    private final FlavourSelection selection;

    MemberResolver(ServiceModel model, TypeMapper types, Map<String, ClassName> enumClasses,
            Map<String, ClassName> structureClasses, FlavourSelection selection) {
        this.selection = selection;
        this.model = model;
        this.types = types;
        this.enumClasses = enumClasses;
        this.structureClasses = structureClasses;
    }

    List<MemberSpec> resolve(StructureShape shape, Owner owner) {
        Set<String> reserved = owner == Owner.MODEL ? MODEL_METHODS : EXCEPTION_METHODS;
        NameScope methods = NameScope.caseSensitive();
        reserved.forEach(methods::reserve);
        List<Member> kept = shape.members().stream()
                .filter(m -> owner == Owner.MODEL || !m.name().toLowerCase(Locale.ROOT).equals("message"))
                .toList();
        List<String> names = new ArrayList<>();
        for (Member member : kept) {
            names.add(methods.claim(selection.memberName(shape.name(), member.name())
                    .map(renamed -> JavaIdentifiers.memberName(renamed, reserved))
                    .orElse(JavaIdentifiers.memberName(member.name(), reserved))));
        }
        List<MemberSpec> specs = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            specs.add(resolve(kept.get(i), names.get(i), methods));
        }
        return specs;
    }

    private MemberSpec resolve(Member member, String name, NameScope methods) {
        Shape target = model.shape(member.target());
        TypeName storage = types.storageType(target);
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        boolean bean = selection.accessorStyle() == AccessorStyle.BEAN;
        String getter = bean ? methods.claim("get" + capitalized) : name;
        String setter = bean ? methods.claim("set" + capitalized) : name;
        MemberSpec.Kind kind = MemberSpec.Kind.SCALAR;
        Optional<ClassName> enumClass = Optional.empty();
        Optional<String> asString = Optional.empty();
        Optional<String> has = Optional.empty();
        Optional<String> withStrings = Optional.empty();
        Optional<TypeName> element = Optional.empty();
        Optional<ClassName> nested = Optional.empty();
        if (target instanceof StringShape string && string.isEnum()) {
            kind = MemberSpec.Kind.ENUM;
            enumClass = Optional.of(enumClasses.get(target.name()));
            asString = Optional.of(methods.claim(getter + "AsString"));
        } else if (target instanceof ListShape list) {
            Shape elementShape = model.shape(list.member().target());
            has = Optional.of(methods.claim("has" + capitalized));
            element = Optional.of(types.storageType(elementShape));
            if (elementShape instanceof StringShape string && string.isEnum()) {
                kind = MemberSpec.Kind.ENUM_LIST;
                enumClass = Optional.of(enumClasses.get(elementShape.name()));
                asString = Optional.of(methods.claim(getter + "AsStrings"));
                withStrings = Optional.of(methods.claim(setter + "WithStrings"));
            } else {
                kind = MemberSpec.Kind.LIST;
            }
        } else if (target instanceof MapShape) {
            kind = MemberSpec.Kind.MAP;
            has = Optional.of(methods.claim("has" + capitalized));
        } else if (target instanceof StructureShape structure && !structure.isException()) {
            nested = Optional.of(structureClasses.get(target.name()));
        }
        String documentation = member.documentation().isEmpty() ? target.traits().documentation() : member.documentation();
        return new MemberSpec(member, target, name, getter, setter, storage, kind, enumClass, asString, has, withStrings, element,
                nested, isSensitive(member, target), JavadocRenderer.render(documentation));
    }

    /** A member is sensitive when it or its target is, or when a list or map holds sensitive values. */
    private boolean isSensitive(Member member, Shape target) {
        if (member.traits().sensitive()) {
            return true;
        }
        Shape current = target;
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
}
