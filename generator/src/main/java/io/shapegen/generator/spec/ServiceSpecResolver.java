package io.shapegen.generator.spec;

import com.palantir.javapoet.ClassName;
import io.shapegen.generator.doc.JavadocRenderer;
import io.shapegen.generator.flavour.Flavour;
import io.shapegen.generator.naming.IdentifierWords;
import io.shapegen.generator.naming.JavaIdentifiers;
import io.shapegen.generator.naming.JavaReservedNames;
import io.shapegen.generator.naming.NameScope;
import io.shapegen.model.Operation;
import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.Constraints;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.ShapeTraits;
import io.shapegen.model.shape.StringShape;
import io.shapegen.model.shape.StructureShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves a model into a {@link ServiceSpec}. Names are allocated in a fixed order (the service types,
 * then operations by name, then shapes by name), so the same model always gets the same names.
 */
public final class ServiceSpecResolver {
    private final ServiceModel model;
    private final Flavour flavour;
    private final FlavourSelection selection;
    private final String basePackage;
    private final String modelPackage;
    private final String serviceName;
    private final Set<String> memberTargets;
    private Optional<Map<String, io.shapegen.model.Paginator>> paginatorsFile = Optional.empty();

    private ServiceSpecResolver(ServiceModel model, Flavour flavour) {
        this.flavour = flavour;
        this.selection = new FlavourSelection(model, flavour);
        String basePackage = flavour.basePackage();
        this.model = model;
        this.memberTargets = memberTargets(model);
        this.serviceName = flavour.clientName().isEmpty() ? JavaIdentifiers.serviceName(model.metadata().serviceId())
                : flavour.clientName().endsWith("Client") && flavour.clientName().length() > "Client".length()
                        ? flavour.clientName().substring(0, flavour.clientName().length() - "Client".length())
                        : flavour.clientName();
        this.basePackage = basePackage.isEmpty() ? defaultPackage(serviceName) : basePackage;
        this.modelPackage = this.basePackage + ".model";
    }

    /**
     * @param model a validated model
     * @param basePackage the client package, or {@code ""} for {@code io.shapegen.services.<service>}
     * @return the resolved service
     * @throws IllegalArgumentException if {@code basePackage} is not a valid Java package name
     */
    public static ServiceSpec resolve(ServiceModel model, String basePackage) {
        return resolve(model, Flavour.standard().withBasePackage(basePackage));
    }

    /**
     * @param model a validated model
     * @param flavour the generation choices
     * @return the resolved service
     * @throws IllegalArgumentException if the flavour's base package is not a valid Java package name
     */
    public static ServiceSpec resolve(ServiceModel model, Flavour flavour) {
        return resolve(model, flavour, Optional.empty());
    }

    /**
     * @param model a validated model
     * @param flavour the generation choices
     * @param paginatorsFile the paginators of the paginators file, by operation name, when a file is given; the
     *     flavour's {@code paginators} option decides whether they or inferred ones are used
     * @return the resolved service
     * @throws IllegalArgumentException if the flavour's base package is not a valid Java package name
     * @throws io.shapegen.model.ModelException if a paginator names a member its operation does not have
     */
    public static ServiceSpec resolve(ServiceModel model, Flavour flavour,
            Optional<Map<String, io.shapegen.model.Paginator>> paginatorsFile) {
        PackageNames.check(flavour.basePackage());
        ServiceSpecResolver resolver = new ServiceSpecResolver(model, flavour);
        resolver.paginatorsFile = paginatorsFile;
        return resolver.resolve();
    }

    private static String defaultPackage(String serviceName) {
        return "io.shapegen.services." + serviceName.toLowerCase(Locale.ROOT);
    }

    private ServiceSpec resolve() {
        List<Operation> operations = selection.operations();
        Set<String> reachable = ShapeReachability.reachable(model, operations);
        // "Builder" is the nested builder of every model class, which no class may share with its outer class.
        NameScope classes = NameScope.caseInsensitive().reserve("Builder");
        ClassName serviceException = ClassName.get(modelPackage, classes.claim(serviceName + "Exception"));
        Map<String, Integer> inputUses = countUses(operations, true);
        Map<String, Integer> outputUses = countUses(operations, false);

        // Class names: operations' requests and responses first, then shapes by name.
        Map<String, ClassName> structureClasses = new LinkedHashMap<>();
        Map<String, StructureShape> synthetic = new LinkedHashMap<>();
        Map<String, StructureSpec.Role> roles = new HashMap<>();
        Map<String, String[]> operationShapes = new LinkedHashMap<>();
        for (Operation operation : operations) {
            String opType = JavaIdentifiers.typeName(operation.name(), "Operation");
            String request = operation.input().orElse(null);
            String response = operation.output().orElse(null);
            if (request == null) {
                request = syntheticShape(operation, "Request", synthetic);
            }
            if (response == null) {
                response = syntheticShape(operation, "Response", synthetic);
            }
            nameOperationShape(request, opType + "Request", inputUses, outputUses, structureClasses, classes);
            nameOperationShape(response, opType + "Response", inputUses, outputUses, structureClasses, classes);
            roles.putIfAbsent(request, StructureSpec.Role.REQUEST);
            roles.putIfAbsent(response, StructureSpec.Role.RESPONSE);
            operationShapes.put(operation.name(), new String[] {request, response});
        }
        Map<String, ClassName> enumClasses = new LinkedHashMap<>();
        for (String name : reachable) {
            Shape shape = model.shape(name);
            if (shape instanceof StructureShape structure && !structureClasses.containsKey(name)) {
                String simple = selection.className(name).orElse(JavaIdentifiers.typeName(name, "Shape"));
                if (structure.isException() && !simple.endsWith("Exception")) {
                    simple = simple + "Exception";
                }
                structureClasses.put(name, ClassName.get(modelPackage, classes.claim(simple)));
            } else if (shape instanceof StringShape string && string.isEnum()) {
                enumClasses.put(name, ClassName.get(modelPackage,
                        classes.claim(selection.className(name).orElse(JavaIdentifiers.typeName(name, "Enum")))));
            }
        }

        TypeMapper types = new TypeMapper(model, structureClasses);
        MemberResolver members = new MemberResolver(model, types, enumClasses, structureClasses, selection);
        List<StructureSpec> structures = new ArrayList<>();
        List<ExceptionSpec> exceptions = new ArrayList<>();
        Map<String, StructureSpec> structureByShape = new HashMap<>();
        Map<String, ExceptionSpec> exceptionByShape = new HashMap<>();
        for (Map.Entry<String, ClassName> entry : structureClasses.entrySet()) {
            StructureShape shape = synthetic.containsKey(entry.getKey())
                    ? synthetic.get(entry.getKey()) : (StructureShape) model.shape(entry.getKey());
            String javadoc = JavadocRenderer.render(shape.traits().documentation());
            if (shape.isException()) {
                ExceptionSpec spec = new ExceptionSpec(shape, entry.getValue(),
                        members.resolve(shape, MemberResolver.Owner.EXCEPTION), errorCode(shape), javadoc);
                exceptions.add(spec);
                exceptionByShape.put(entry.getKey(), spec);
            } else {
                StructureSpec spec = new StructureSpec(shape, entry.getValue(),
                        members.resolve(shape, MemberResolver.Owner.MODEL),
                        roles.getOrDefault(entry.getKey(), StructureSpec.Role.MODEL), javadoc);
                structures.add(spec);
                structureByShape.put(entry.getKey(), spec);
            }
        }
        List<EnumSpec> enums = new ArrayList<>();
        for (Map.Entry<String, ClassName> entry : enumClasses.entrySet()) {
            enums.add(enumSpec((StringShape) model.shape(entry.getKey()), entry.getValue()));
        }

        List<OperationSpec> operationSpecs = new ArrayList<>();
        NameScope clientMethods = NameScope.caseSensitive().reserve("close").reserve("builder").reserve("create")
                .reserve("serviceName").reserve("hashCode").reserve("equals").reserve("toString").reserve("getClass");
        for (Operation operation : operations) {
            String[] shapes = operationShapes.get(operation.name());
            StructureSpec request = structureByShape.get(shapes[0]);
            StructureSpec response = structureByShape.get(shapes[1]);
            if (request == null || response == null) {
                throw operation.position().error("operation \"" + operation.name()
                        + "\" uses an exception structure as its input or output.",
                        "Point \"input\" and \"output\" at plain structures.");
            }
            List<ExceptionSpec> errors = operation.errors().stream().distinct().map(exceptionByShape::get).toList();
            String method = clientMethods.claim(JavaIdentifiers.memberName(operation.name(), Set.of()));
            operationSpecs.add(new OperationSpec(operation, method, request, response, errors,
                    JavadocRenderer.render(operation.documentation())));
        }

        Map<String, ClassName> byShapeName = new LinkedHashMap<>(structureClasses);
        byShapeName.putAll(enumClasses);
        Set<String> qualified = new TreeSet<>();
        for (ClassName name : byShapeName.values()) {
            if (JavaReservedNames.isJavaLangType(name.simpleName())) {
                qualified.add(name.simpleName());
            }
        }
        structures.sort(Comparator.comparing(spec -> spec.className().canonicalName()));
        exceptions.sort(Comparator.comparing(spec -> spec.className().canonicalName()));
        enums.sort(Comparator.comparing(spec -> spec.className().canonicalName()));
        Optional<ClientSpec> client = ClientSpecResolver.resolve(model, basePackage, serviceName, structures,
                exceptions, operationSpecs);
        ClassName clientInterface = ClassName.get(basePackage,
                flavour.clientName().isEmpty() ? serviceName + "Client" : flavour.clientName());
        Optional<AsyncClientSpec> asyncClient = AsyncClientSpecResolver.resolve(flavour.async(), serviceName,
                clientInterface, client);
        PaginatorSpecResolver.Resolved paginators = PaginatorSpecResolver.resolve(flavour.paginators(), paginatorsFile,
                basePackage, operationSpecs, structures, asyncClient.isPresent());
        return new ServiceSpec(model, serviceName, basePackage, modelPackage, clientInterface,
                serviceException, structures, enums, exceptions, operationSpecs, qualified, byShapeName, docsFolder(model),
                client, flavour, paginators.paginators(), asyncClient, paginators.leftOut());
    }

    /**
     * The docs folder: the model uid without its date ({@code chime-sdk-identity-2021-04-20} →
     * {@code chime-sdk-identity}), else the endpoint prefix, else the service name; lower-case letters, digits and
     * dashes only, so it is always a single safe path segment.
     */
    private String docsFolder(ServiceModel model) {
        String uid = model.metadata().uid().replaceFirst("-\\d{4}-\\d{2}-\\d{2}$", "");
        String base = !uid.isEmpty() ? uid : !model.metadata().endpointPrefix().isEmpty()
                ? model.metadata().endpointPrefix() : serviceName;
        String slug = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "service" : slug;
    }

    private String syntheticShape(Operation operation, String suffix, Map<String, StructureShape> synthetic) {
        // A name no real shape can have: model names never contain a space.
        String name = operation.name() + " " + suffix;
        ShapeTraits traits = new ShapeTraits("", false, "", false, Constraints.NONE, false, false,
                ShapeTraits.XmlTraits.NONE, operation.position());
        synthetic.put(name, new StructureShape(name, traits, List.of(), StructureShape.Kind.STRUCTURE,
                Optional.empty(), false, Optional.empty()));
        return name;
    }

    /** An operation's input/output is named after the operation when no other use shares the shape. */
    private void nameOperationShape(String shapeName, String preferred, Map<String, Integer> inputUses,
            Map<String, Integer> outputUses, Map<String, ClassName> classesByShape, NameScope classes) {
        if (classesByShape.containsKey(shapeName)) {
            return;
        }
        boolean exclusive = inputUses.getOrDefault(shapeName, 0) + outputUses.getOrDefault(shapeName, 0) == 1
                && !isMemberTarget(shapeName);
        String simple = selection.className(shapeName)
                .orElse(exclusive || shapeName.contains(" ") ? preferred : JavaIdentifiers.typeName(shapeName, "Shape"));
        classesByShape.put(shapeName, ClassName.get(modelPackage, classes.claim(simple)));
    }

    private boolean isMemberTarget(String shapeName) {
        return memberTargets.contains(shapeName);
    }

    private static Set<String> memberTargets(ServiceModel model) {
        Set<String> targets = new java.util.HashSet<>();
        for (Shape shape : model.shapes().values()) {
            if (shape instanceof StructureShape structure) {
                structure.members().forEach(m -> targets.add(m.target()));
            } else if (shape instanceof io.shapegen.model.shape.ListShape list) {
                targets.add(list.member().target());
            } else if (shape instanceof io.shapegen.model.shape.MapShape map) {
                targets.add(map.value().target());
            }
        }
        return targets;
    }

    private static Map<String, Integer> countUses(List<Operation> operations, boolean input) {
        Map<String, Integer> uses = new HashMap<>();
        for (Operation operation : operations) {
            (input ? operation.input() : operation.output()).ifPresent(name -> uses.merge(name, 1, Integer::sum));
        }
        return uses;
    }

    private static String errorCode(StructureShape shape) {
        return shape.error().flatMap(e -> e.code()).orElse(shape.name());
    }

    /**
     * A Java enum creates every constant in its class initializer, about 19 bytes of bytecode each, and a method
     * holds at most 64 KB: beyond this many values no enum compiles. The largest AWS enum has about 900.
     */
    static final int MAX_ENUM_VALUES = 3000;

    private static EnumSpec enumSpec(StringShape shape, ClassName className) {
        if (shape.enumValues().size() > MAX_ENUM_VALUES) {
            throw shape.position().error("the enum \"" + shape.name() + "\" has " + shape.enumValues().size()
                    + " values; a Java enum can hold at most " + MAX_ENUM_VALUES + " (its class initializer would exceed"
                    + " the JVM's 64 KB method limit).", "Split the values over several shapes, or drop \"enum\" to make"
                    + " it a free string.");
        }
        NameScope constants = NameScope.caseSensitive().reserve(EnumSpec.UNKNOWN).reserve("BY_VALUE");
        List<EnumSpec.Constant> result = new ArrayList<>();
        for (String value : shape.enumValues()) {
            result.add(new EnumSpec.Constant(constants.claim(JavaIdentifiers.enumConstant(value)), value));
        }
        return new EnumSpec(shape, className, result, JavadocRenderer.render(shape.traits().documentation()));
    }

    /** Checks that a user-given package is a legal Java package name. */
    static final class PackageNames {
        private PackageNames() {
        }

        static void check(String basePackage) {
            if (basePackage.isEmpty()) {
                return;
            }
            for (String segment : basePackage.split("\\.", -1)) {
                if (!IdentifierWords.isPlainIdentifier(segment.replace("_", "a")) || JavaReservedNames.isKeyword(segment)) {
                    throw new IllegalArgumentException("The base package \"" + basePackage + "\" is not a valid Java package name: \""
                            + segment + "\" is not a legal segment. Use dot-separated identifiers such as com.example.chime.");
                }
            }
        }
    }
}
