package io.shapegen.generator.docs;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.shapegen.generator.spec.EnumSpec;
import io.shapegen.generator.spec.ExceptionSpec;
import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.StructureSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where everything is documented: the page and anchor of every model class, enum, exception and operation, and
 * the specs behind each shape name. Every link between pages is computed here.
 */
final class DocsIndex {
    static final String MODELS = "models.md";
    static final String ENUMS = "enums.md";
    static final String EXCEPTIONS = "exceptions.md";
    static final String PAGINATORS = "paginators.md";
    static final String CLIENT = "client.md";

    private final ServiceSpec service;
    private final Map<ClassName, String> hrefs = new HashMap<>();
    private final Map<String, StructureSpec> structures = new HashMap<>();
    private final Map<String, EnumSpec> enums = new HashMap<>();

    DocsIndex(ServiceSpec service) {
        this.service = service;
        for (StructureSpec structure : service.structures()) {
            structures.put(structure.shape().name(), structure);
            hrefs.put(structure.className(), MODELS + "#" + anchor(structure.className()));
        }
        for (EnumSpec spec : service.enums()) {
            enums.put(spec.shape().name(), spec);
            hrefs.put(spec.className(), ENUMS + "#" + anchor(spec.className()));
        }
        for (ExceptionSpec exception : service.exceptions()) {
            hrefs.put(exception.className(), EXCEPTIONS + "#" + anchor(exception.className()));
        }
        hrefs.put(service.serviceException(), EXCEPTIONS + "#" + anchor(service.serviceException()));
    }

    ServiceSpec service() {
        return service;
    }

    /** @param type a documented class @return its anchor on its page */
    static String anchor(ClassName type) {
        return HeadingAnchors.of(type.simpleName());
    }

    /** @param shapeName a structure's shape name @return its model class, if it has one (exceptions do not) */
    Optional<StructureSpec> structure(String shapeName) {
        return Optional.ofNullable(structures.get(shapeName));
    }

    /** @param shapeName a string shape's name @return its enum, if it is one */
    Optional<EnumSpec> enumSpec(String shapeName) {
        return Optional.ofNullable(enums.get(shapeName));
    }

    /** @param type a class @return where it is documented, relative to the docs folder, if it is */
    Optional<String> href(ClassName type) {
        return Optional.ofNullable(hrefs.get(type));
    }

    /** @param operation an operation @return its page, relative to the docs folder */
    static String operationPage(OperationSpec operation) {
        return "operations/" + operation.methodName() + ".md";
    }

    /** @param operation an operation @return its method section in client.md, relative to the docs folder */
    static String clientSection(OperationSpec operation) {
        return CLIENT + "#" + HeadingAnchors.of(operation.methodName());
    }

    /** @param type a Java type @return how Java source writes it with imports: simple names only */
    static String simpleName(TypeName type) {
        if (type instanceof ClassName className) {
            return String.join(".", className.simpleNames());
        }
        if (type instanceof ParameterizedTypeName parameterized) {
            return simpleName(parameterized.rawType()) + parameterized.typeArguments().stream()
                    .map(DocsIndex::simpleName).collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof ArrayTypeName array) {
            return simpleName(array.componentType()) + "[]";
        }
        return type.toString();
    }

    /** @param type a Java type @return the documented classes it mentions, in order of appearance */
    List<ClassName> documented(TypeName type) {
        Set<ClassName> found = new LinkedHashSet<>();
        collect(type, found);
        return new ArrayList<>(found);
    }

    private void collect(TypeName type, Set<ClassName> found) {
        if (type instanceof ClassName className) {
            if (hrefs.containsKey(className)) {
                found.add(className);
            }
        } else if (type instanceof ParameterizedTypeName parameterized) {
            parameterized.typeArguments().forEach(argument -> collect(argument, found));
        } else if (type instanceof ArrayTypeName array) {
            collect(array.componentType(), found);
        }
    }

    /**
     * @param type a Java type
     * @param root the relative path from the page to the docs folder
     * @return the type as Markdown: a linked class, or the code followed by links to the classes it mentions
     */
    String typeMarkdown(TypeName type, String root) {
        List<ClassName> documented = documented(type);
        if (type instanceof ClassName className && !documented.isEmpty()) {
            return classLink(className, root);
        }
        String code = MarkdownText.code(simpleName(type));
        if (documented.isEmpty()) {
            return code;
        }
        return code + " of " + documented.stream().map(c -> classLink(c, root)).collect(Collectors.joining(", "));
    }

    /** @param type a documented class @param root the relative path to the docs folder @return a link to it */
    String classLink(ClassName type, String root) {
        return MarkdownText.link(MarkdownText.code(type.simpleName()), root + hrefs.get(type));
    }
}
