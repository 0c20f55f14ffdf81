package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.ListShape;
import io.shapegen.model.shape.MapShape;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.MemberLocation;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StringShape;
import io.shapegen.model.shape.TimestampShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Emits the rest-json HTTP bindings of a request: the path with its labels, the host prefix, headers and
 * query parameters. {@code request} is the input and {@code http} the {@code MarshalledRequest.Builder}.
 */
final class RequestBindingCode {
    private final ServiceModel model;
    private final String operationName;
    private final List<MemberSpec> members;

    RequestBindingCode(ServiceModel model, String operationName, List<MemberSpec> members) {
        this.model = model;
        this.operationName = operationName;
        this.members = members;
    }

    /**
     * @param requestUri the model's URI template, which may end with a literal query
     * @return an expression of the encoded path, labels filled in and the literal query kept
     */
    CodeBlock path(String requestUri) {
        int question = requestUri.indexOf('?');
        String path = question < 0 ? requestUri : requestUri.substring(0, question);
        String literalQuery = question < 0 ? "" : requestUri.substring(question);
        return template(path, literalQuery, label -> {
            boolean greedy = label.endsWith("+");
            String name = greedy ? label.substring(0, label.length() - 1) : label;
            MemberSpec member = find(m -> m.member().location() == MemberLocation.URI && m.member().wireName().equals(name),
                    "URI label {" + label + "}");
            return CodeBlock.of("$T.$L($L, $S, $S)", RuntimeTypes.URI_LABELS, greedy ? "greedyPath" : "path",
                    labelText(member, MemberLocation.URI), operationName, member.member().name());
        });
    }

    /**
     * @param hostPrefix the operation's host prefix template, for example {@code {AccountId}.}
     * @return an expression of the prefix with its labels filled in
     */
    CodeBlock hostPrefix(String hostPrefix) {
        return template(hostPrefix, "", label -> {
            MemberSpec member = find(m -> m.member().traits().hostLabel() && m.member().name().equals(label),
                    "host label {" + label + "}");
            return CodeBlock.of("$T.host($L, $S, $S)", RuntimeTypes.URI_LABELS, labelText(member, MemberLocation.URI),
                    operationName, member.member().name());
        });
    }

    /** Adds a statement per header member and per map of prefixed headers. */
    void headers(CodeBlock.Builder code) {
        for (MemberSpec member : members) {
            Member model = member.member();
            CodeBlock raw = raw(member);
            if (model.location() == MemberLocation.HEADER) {
                if (member.isCollection()) {
                    code.beginControlFlow("if (request.$N())", member.hasName().orElseThrow());
                    code.addStatement("http.header($S, $L)", model.wireName(), joinedList(member, raw));
                } else {
                    code.beginControlFlow("if ($L != null)", raw);
                    code.addStatement("http.header($S, $L)", model.wireName(),
                            HttpTextCode.toText(model, member.target(), MemberLocation.HEADER, raw));
                }
                code.endControlFlow();
            } else if (model.location() == MemberLocation.HEADERS) {
                code.beginControlFlow("if (request.$N())", member.hasName().orElseThrow());
                mapEntries(code, member, raw, 0, (entry, value) -> code.addStatement("http.header($S.concat($N.getKey()), $L)",
                        model.wireName(), entry, value));
                code.endControlFlow();
            }
        }
    }

    /** Adds the query parameters: members bound to a named parameter first, then maps, which they take precedence over. */
    void query(CodeBlock.Builder code) {
        for (MemberSpec member : members) {
            Member model = member.member();
            if (model.location() != MemberLocation.QUERY_STRING || member.target() instanceof MapShape) {
                continue;
            }
            CodeBlock raw = raw(member);
            if (member.target() instanceof ListShape list) {
                code.beginControlFlow("if (request.$N())", member.hasName().orElseThrow());
                TypeName element = typeArgument(member.storageType(), 0);
                code.beginControlFlow("for ($T e0 : $L)", element, raw);
                code.addStatement("http.query($S, $L)", model.wireName(), HttpTextCode.toText(list.member(),
                        this.model.shape(list.member().target()), MemberLocation.QUERY_STRING, CodeBlock.of("e0")));
                code.endControlFlow();
            } else {
                code.beginControlFlow("if ($L != null)", raw);
                code.addStatement("http.query($S, $L)", model.wireName(),
                        HttpTextCode.toText(model, member.target(), MemberLocation.QUERY_STRING, raw));
            }
            code.endControlFlow();
        }
        for (MemberSpec member : members) {
            if (member.member().location() != MemberLocation.QUERY_STRING || !(member.target() instanceof MapShape)) {
                continue;
            }
            code.beginControlFlow("if (request.$N())", member.hasName().orElseThrow());
            mapEntries(code, member, raw(member), 1, (entry, value) -> code.addStatement("http.queryFromMap($N.getKey(), $L)",
                    entry, value));
            code.endControlFlow();
        }
    }

    /** What to add for each entry of a map member: its entry variable and the text of one value. */
    private interface EntryAction {
        void add(String entry, CodeBlock valueText);
    }

    /** Loops over a map member's entries, and over the items of list values, skipping {@code null}s. */
    private void mapEntries(CodeBlock.Builder code, MemberSpec member, CodeBlock raw, int listDepth, EntryAction action) {
        MapShape map = (MapShape) member.target();
        TypeName valueType = typeArgument(member.storageType(), 1);
        Shape valueShape = model.shape(map.value().target());
        code.beginControlFlow("for ($T entry0 : $L.entrySet())", ParameterizedTypeName.get(ClassName.get(Map.Entry.class),
                ClassName.get(String.class), valueType), raw);
        code.beginControlFlow("if (entry0.getValue() != null)");
        MemberLocation location = member.member().location() == MemberLocation.HEADERS
                ? MemberLocation.HEADER : MemberLocation.QUERY_STRING;
        if (valueShape instanceof ListShape list && listDepth > 0) {
            code.beginControlFlow("for ($T e1 : entry0.getValue())", typeArgument(valueType, 0));
            action.add("entry0", HttpTextCode.toText(list.member(), model.shape(list.member().target()), location,
                    CodeBlock.of("e1")));
            code.endControlFlow();
        } else {
            action.add("entry0", HttpTextCode.toText(map.value(), valueShape, location, CodeBlock.of("entry0.getValue()")));
        }
        code.endControlFlow();
        code.endControlFlow();
    }

    /** A list header: strings quoted where needed, HTTP dates kept as they are, other values plain. */
    private CodeBlock joinedList(MemberSpec member, CodeBlock raw) {
        ListShape list = (ListShape) member.target();
        Shape element = model.shape(list.member().target());
        if (element instanceof StringShape) {
            return CodeBlock.of("$T.joinStrings($L)", RuntimeTypes.HEADER_VALUES, raw);
        }
        if (element instanceof TimestampShape) {
            return CodeBlock.of("$T.joinTimestamps($L, $L)", RuntimeTypes.HEADER_VALUES, raw,
                    WireFormats.timestamp(list.member(), element, MemberLocation.HEADER));
        }
        return CodeBlock.of("$T.joinValues($L)", RuntimeTypes.HEADER_VALUES, raw);
    }

    /** @return an expression of a label member's text, {@code null} when unset */
    private CodeBlock labelText(MemberSpec member, MemberLocation location) {
        CodeBlock raw = raw(member);
        CodeBlock text = HttpTextCode.toText(member.member(), member.target(), location, raw);
        return text.equals(raw) ? raw : CodeBlock.of("$L == null ? null : $L", raw, text);
    }

    /** @return {@code request.name()}, or the raw string(s) of an enum member */
    private static CodeBlock raw(MemberSpec member) {
        return CodeBlock.of("request.$N()", member.asStringName().orElse(member.getterName()));
    }

    private MemberSpec find(Predicate<MemberSpec> test, String what) {
        Optional<MemberSpec> member = members.stream().filter(test).findFirst();
        return member.orElseThrow(() -> new IllegalStateException("No input member of " + operationName + " fills the "
                + what + "; the model reader checks this."));
    }

    /**
     * Joins literal text and filled labels of a template into one string expression. The parts are joined with
     * {@code String.concat}, not {@code +}: javac compiles {@code +} to an invokedynamic call whose bootstrap
     * costs about 25 ms at a client's first request (docs/performance.md).
     */
    private static CodeBlock template(String template, String suffix, java.util.function.Function<String, CodeBlock> label) {
        List<CodeBlock> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                literal.append(template, i, template.length());
                break;
            }
            literal.append(template, i, open);
            if (literal.length() > 0) {
                parts.add(CodeBlock.of("$S", literal.toString()));
                literal.setLength(0);
            }
            parts.add(label.apply(template.substring(open + 1, close)));
            i = close + 1;
        }
        literal.append(suffix);
        if (literal.length() > 0 || parts.isEmpty()) {
            parts.add(CodeBlock.of("$S", literal.toString()));
        }
        CodeBlock.Builder joined = CodeBlock.builder();
        for (int part = 0; part < parts.size(); part++) {
            joined.add(part == 0 ? "$L" : "$Z.concat($L)", parts.get(part));
        }
        return joined.build();
    }

    private static TypeName typeArgument(TypeName type, int index) {
        return ((ParameterizedTypeName) type).typeArguments().get(index);
    }
}
