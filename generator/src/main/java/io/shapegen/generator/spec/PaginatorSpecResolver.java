package io.shapegen.generator.spec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.shapegen.generator.flavour.PaginatorMode;
import io.shapegen.generator.naming.JavaIdentifiers;
import io.shapegen.generator.naming.NameScope;
import io.shapegen.model.ModelPosition;
import io.shapegen.model.Paginator;
import io.shapegen.model.shape.BooleanShape;
import io.shapegen.model.shape.IntegerShape;
import io.shapegen.model.shape.LongShape;
import io.shapegen.model.shape.StringShape;
import io.shapegen.model.shape.StructureShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Resolves the {@link PaginatorSpec}s: which operations page (from the paginators file, or inferred from their
 * shapes), and every name they get. Names are allocated in operation order; a paginator method never takes the
 * name of an operation's method, and no item method the name of a method its class already has.
 *
 * <p>Inference: an operation pages when its input and its output both have a next-token member ({@code NextToken},
 * {@code nextToken}, {@code next_token}) holding a string; the input's page-size member ({@code MaxResults},
 * {@code Limit}, {@code MaxItems}, {@code PageSize}, {@code MaxRecords}) is the limit key and the output's only
 * list member the items. A paginator from the file without {@code result_key} gets the same items.
 *
 * <p>Tokens, {@code more_results} and result keys are member paths, possibly dotted ({@code Foo.NextToken}). A
 * path naming no member is a located error; other JMESPath forms ({@code ||}, indexes) and tokens that are lists,
 * maps or enums are not supported: such a paginator (or such a result key) is left out, and
 * {@link Resolved#leftOut()} says so, for the build to warn.
 */
final class PaginatorSpecResolver {
    /** Methods of the paginator classes and their supertypes; no item method or reader may take one. */
    private static final List<String> PAGE_CLASS_METHODS = List.of("iterator", "forEach", "spliterator", "stream",
            "subscribe", "flatMapIterable", "nextTokens", "moreResults", "nextRequest", "equals", "hashCode",
            "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");
    /** Methods every client has besides its operations. */
    private static final List<String> CLIENT_METHODS = List.of("close", "builder", "create", "serviceName", "equals",
            "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");
    /** Types the paginator classes refer to by simple name; no paginator class may take one. */
    private static final List<String> RUNTIME_NAMES = List.of("SdkIterable", "SdkPublisher", "SyncPages",
            "AsyncPages", "PageTokens", "Arrays", "Iterator", "List", "CompletableFuture", "Objects", "Generated");
    private static final Set<String> TOKEN_NAMES = Set.of("nexttoken");
    private static final Set<String> LIMIT_NAMES = Set.of("maxresults", "limit", "maxitems", "pagesize", "maxrecords");
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private final Map<String, StructureSpec> structuresByShape = new LinkedHashMap<>();
    private final String paginatorsPackage;
    private final boolean async;
    private final NameScope clientMethods = NameScope.caseSensitive();
    private final NameScope classes = NameScope.caseInsensitive();
    private final List<String> leftOut = new ArrayList<>();

    private PaginatorSpecResolver(String basePackage, List<OperationSpec> operations, List<StructureSpec> structures,
            boolean async) {
        this.paginatorsPackage = basePackage + ".paginators";
        this.async = async;
        structures.forEach(structure -> structuresByShape.put(structure.shape().name(), structure));
        CLIENT_METHODS.forEach(clientMethods::reserve);
        operations.forEach(operation -> clientMethods.reserve(operation.methodName()));
        RUNTIME_NAMES.forEach(classes::reserve);
    }

    /**
     * @param mode where paginators come from; empty for the file when one is given, else inferred
     * @param file the paginators of the paginators file, by operation name, if a file is given
     * @param basePackage the client package; paginator classes go to its {@code paginators} subpackage
     * @param operations every operation, sorted by name
     * @param structures every model class
     * @param async whether an async client (and so publishers) is generated
     * @return the paginators in operation order, and what was left out
     * @throws io.shapegen.model.ModelException if a paginator names a member the operation does not have, or its
     *     tokens do not fit together
     */
    static Resolved resolve(Optional<PaginatorMode> mode, Optional<Map<String, Paginator>> file,
            String basePackage, List<OperationSpec> operations, List<StructureSpec> structures, boolean async) {
        PaginatorMode effective = mode.orElse(file.isPresent() ? PaginatorMode.FILE : PaginatorMode.INFERRED);
        PaginatorSpecResolver resolver = new PaginatorSpecResolver(basePackage, operations, structures, async);
        List<PaginatorSpec> paginators = new ArrayList<>();
        for (OperationSpec operation : operations) {
            Optional<Paginator> paginator = switch (effective) {
                case FILE -> Optional.ofNullable(file.orElse(Map.of()).get(operation.operation().name()));
                case INFERRED -> infer(operation);
                case OFF -> Optional.empty();
            };
            PaginatorSpec.Source source = effective == PaginatorMode.FILE ? PaginatorSpec.Source.FILE
                    : PaginatorSpec.Source.INFERRED;
            paginator.flatMap(p -> resolver.resolve(operation, p, source)).ifPresent(paginators::add);
        }
        return new Resolved(paginators, resolver.leftOut);
    }

    /**
     * @param paginators the paginators, in operation order
     * @param leftOut one sentence per paginator or result key the file names but the generator leaves out, saying
     *     where, why and what the user can do instead
     */
    record Resolved(List<PaginatorSpec> paginators, List<String> leftOut) {
        Resolved {
            paginators = List.copyOf(paginators);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** A paginator for an operation whose input and output carry a next token, else empty. */
    static Optional<Paginator> infer(OperationSpec operation) {
        Predicate<MemberSpec> token = m -> TOKEN_NAMES.contains(normalized(m.member().name()))
                && m.target() instanceof StringShape string && !string.isEnum();
        Optional<MemberSpec> input = operation.request().members().stream().filter(token).findFirst();
        Optional<MemberSpec> output = operation.response().members().stream().filter(token).findFirst();
        if (input.isEmpty() || output.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> limit = operation.request().members().stream()
                .filter(m -> LIMIT_NAMES.contains(normalized(m.member().name()))
                        && (m.target() instanceof IntegerShape || m.target() instanceof LongShape))
                .map(m -> m.member().name()).findFirst();
        return Optional.of(new Paginator(operation.operation().name(), List.of(input.get().member().name()),
                List.of(output.get().member().name()), limit, singleList(operation.response()), Optional.empty(),
                operation.operation().position()));
    }

    private Optional<PaginatorSpec> resolve(OperationSpec operation, Paginator paginator, PaginatorSpec.Source source) {
        boolean supported = paginator.inputTokens().stream().allMatch(t -> PATH.matcher(t).matches() && !t.contains("."))
                && paginator.outputTokens().stream().allMatch(t -> PATH.matcher(t).matches())
                && paginator.moreResults().map(t -> PATH.matcher(t).matches()).orElse(true);
        if (!supported) {
            leave(paginator, "its tokens (" + String.join(", ", paginator.inputTokens()) + " from "
                    + String.join(", ", paginator.outputTokens()) + paginator.moreResults().map(m -> ", more_results "
                    + m).orElse("") + ") use JMESPath beyond member paths, which Shapegen does not evaluate yet");
            return Optional.empty();
        }
        StructureSpec request = operation.request();
        StructureSpec response = operation.response();
        List<MemberSpec> tokenMembers = new ArrayList<>();
        List<List<MemberSpec>> tokenPaths = new ArrayList<>();
        for (int i = 0; i < paginator.inputTokens().size(); i++) {
            MemberSpec input = member(request, paginator.inputTokens().get(i), paginator, "input token");
            List<MemberSpec> output = path(response, paginator.outputTokens().get(i), paginator, "output token");
            MemberSpec last = output.get(output.size() - 1);
            if (input.kind() != MemberSpec.Kind.SCALAR || last.kind() != MemberSpec.Kind.SCALAR) {
                leave(paginator, "its token \"" + paginator.outputTokens().get(i) + "\" is a list, map or enum, not a"
                        + " plain value Shapegen can pass back");
                return Optional.empty();
            }
            if (!input.storageType().equals(last.storageType())) {
                throw paginator.position().error("the paginator of \"" + paginator.operationName() + "\" fills the input"
                        + " token \"" + input.member().name() + "\" (" + input.storageType() + ") from the output token \""
                        + paginator.outputTokens().get(i) + "\" (" + last.storageType() + "), which has another type.",
                        "Pair every input token with the output token of the same shape, in the same order.");
            }
            tokenMembers.add(input);
            tokenPaths.add(output);
        }
        Optional<MemberSpec> limitKey = paginator.limitKey()
                .map(key -> member(request, key, paginator, "limit key"));
        Optional<List<MemberSpec>> moreResults = paginator.moreResults()
                .map(path -> path(response, path, paginator, "more_results"));
        if (moreResults.isPresent() && !(moreResults.get().get(moreResults.get().size() - 1).target() instanceof BooleanShape)) {
            throw paginator.position().error("the paginator of \"" + paginator.operationName() + "\" names \""
                    + paginator.moreResults().orElseThrow() + "\" as more_results, which is not a boolean.",
                    "Point more_results at the boolean member that says whether more pages follow.");
        }
        List<String> resultKeys = paginator.resultKeys().isEmpty() ? singleList(response) : paginator.resultKeys();
        List<List<MemberSpec>> itemPaths = new ArrayList<>();
        for (String key : resultKeys) {
            if (!PATH.matcher(key).matches()) {
                leaveKey(paginator, key, "is a JMESPath expression beyond a member path");
                continue;
            }
            List<MemberSpec> path = path(response, key, paginator, "result key");
            MemberSpec.Kind kind = path.get(path.size() - 1).kind();
            if (kind == MemberSpec.Kind.LIST || kind == MemberSpec.Kind.ENUM_LIST) {
                itemPaths.add(path);
            } else if (!paginator.resultKeys().isEmpty()) {
                leaveKey(paginator, key, "is not a list");
            }
        }

        // Names, now that the paginator is known to be generated.
        String type = JavaIdentifiers.typeName(operation.operation().name(), "Operation");
        String method = clientMethods.claim(operation.methodName() + "Paginator");
        ClassName iterable = ClassName.get(paginatorsPackage, classes.claim(type + "Iterable"));
        Optional<ClassName> publisher = async
                ? Optional.of(ClassName.get(paginatorsPackage, classes.claim(type + "Publisher"))) : Optional.empty();
        ClassName tokensClass = ClassName.get(paginatorsPackage, classes.claim(type + "PageTokens"));
        NameScope methods = NameScope.caseSensitive();
        PAGE_CLASS_METHODS.forEach(methods::reserve);
        List<PaginatorSpec.Items> items = new ArrayList<>();
        for (int i = 0; i < itemPaths.size(); i++) {
            List<MemberSpec> path = itemPaths.get(i);
            String name = methods.claim(path.get(path.size() - 1).name());
            PaginatorSpec.MemberPath memberPath = new PaginatorSpec.MemberPath(joined(path, "."), path, name);
            items.add(new PaginatorSpec.Items(name, memberPath, elementType(memberPath.type())));
        }
        List<PaginatorSpec.Token> tokens = new ArrayList<>();
        for (int i = 0; i < tokenPaths.size(); i++) {
            List<MemberSpec> path = tokenPaths.get(i);
            tokens.add(new PaginatorSpec.Token(tokenMembers.get(i),
                    new PaginatorSpec.MemberPath(paginator.outputTokens().get(i), path, methods.claim(readerName(path)))));
        }
        Optional<PaginatorSpec.MemberPath> more = moreResults.map(path -> new PaginatorSpec.MemberPath(
                paginator.moreResults().orElseThrow(), path, methods.claim(readerName(path))));
        return Optional.of(new PaginatorSpec(operation, source, method, iterable, publisher, tokensClass, tokens,
                limitKey, more, items));
    }

    /** A top-level member of a request or response, by model name. */
    private static MemberSpec member(StructureSpec structure, String name, Paginator paginator, String role) {
        return structure.members().stream().filter(m -> m.member().name().equals(name)).findFirst()
                .orElseThrow(() -> paginator.position().error("the paginator of \"" + paginator.operationName()
                        + "\" names the " + role + " \"" + name + "\", but " + structure.shape().name()
                        + " has no member of that name (it has " + memberNames(structure) + ").",
                        "Use a member name of the operation's " + (structure.role() == StructureSpec.Role.REQUEST
                                ? "input" : "output") + " shape, spelled as in the service model."));
    }

    private void leave(Paginator paginator, String why) {
        leftOut.add(where(paginator) + ": the paginator of " + paginator.operationName() + " is left out: " + why
                + ". The operation is generated; page it by passing the token back yourself.");
    }

    private void leaveKey(Paginator paginator, String key, String why) {
        leftOut.add(where(paginator) + ": the result key \"" + key + "\" of the " + paginator.operationName()
                + " paginator " + why + ", so the paginator has no item method for it; read it from each page.");
    }

    private static String where(Paginator paginator) {
        ModelPosition at = paginator.position();
        return at.sourceName() + ":" + at.line() + ":" + at.column();
    }

    /** The members along a dotted path; every member but the last must be a structure. */
    private List<MemberSpec> path(StructureSpec root, String path, Paginator paginator, String role) {
        List<MemberSpec> members = new ArrayList<>();
        StructureSpec current = root;
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            MemberSpec member = member(current, segments[i], paginator, role + " \"" + path + "\": member");
            members.add(member);
            if (i < segments.length - 1) {
                StructureSpec next = member.target() instanceof StructureShape structure
                        ? structuresByShape.get(structure.name()) : null;
                if (next == null) {
                    throw paginator.position().error("the paginator of \"" + paginator.operationName() + "\" names the "
                            + role + " \"" + path + "\", but \"" + segments[i] + "\" is a " + member.target().typeName()
                            + ", not a structure with members.", "Give a path whose every step but the last is a structure.");
                }
                current = next;
            }
        }
        return members;
    }

    /** The response's only list member, if it has exactly one that is not a token. */
    private static List<String> singleList(StructureSpec response) {
        List<String> lists = response.members().stream()
                .filter(m -> m.kind() == MemberSpec.Kind.LIST || m.kind() == MemberSpec.Kind.ENUM_LIST)
                .map(m -> m.member().name()).toList();
        return lists.size() == 1 ? lists : List.of();
    }

    private static String readerName(List<MemberSpec> path) {
        StringBuilder name = new StringBuilder(path.get(0).name());
        for (int i = 1; i < path.size(); i++) {
            String next = path.get(i).name();
            name.append(Character.toUpperCase(next.charAt(0))).append(next.substring(1));
        }
        return name.toString();
    }

    private static TypeName elementType(TypeName listType) {
        return ((ParameterizedTypeName) listType).typeArguments().get(0);
    }

    private static String joined(List<MemberSpec> path, String separator) {
        return String.join(separator, path.stream().map(m -> m.member().name()).toList());
    }

    private static String memberNames(StructureSpec structure) {
        return structure.members().isEmpty() ? "none"
                : String.join(", ", structure.members().stream().map(m -> m.member().name()).toList());
    }

    private static String normalized(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
