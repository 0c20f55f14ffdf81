package io.shapegen.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Breaks a service model in one of many ways a hand-edited, truncated, hostile or simply newer model could be
 * broken. Each mutation is a pure function of the base model and the random source, so a seed reproduces it.
 */
final class ModelMutator {
    /** Names that trip file systems, Java, case-insensitive file systems and path handling. */
    static final List<String> HOSTILE_NAMES = List.of("", "日本語", "Ünïcødé", "../../x", "..", ".", "CON", "con", "NUL",
            "LPT1", "a/b", "a\\b", "C:x", "Foo Bar", "1abc", "class", "default", "null", "String", "Object", "Builder",
            "Override", "Integer", "java.lang.String", "$", "_", "__", "x".repeat(300), "😀", "\u0000", "tab\there",
            "line\nbreak", "*/", "<script>", "{@code}", "@author", "\\u000a", "Methods", "Exceptions", "README");

    private final Random random;

    ModelMutator(Random random) {
        this.random = random;
    }

    /** The mutation operators, by name. */
    enum Kind {
        DELETE_KEY, RETYPE_VALUE, DANGLING_REFERENCE, REQUIRED_CYCLE, DEEP_NESTING, HUGE_STRING, HOSTILE_SHAPE_NAME,
        HOSTILE_MEMBER_NAME, HOSTILE_OPERATION_NAME, CASE_COLLISION, HOSTILE_ENUM, PROTOCOL, SHAPE_TYPE, MANY_MEMBERS,
        HOSTILE_DOCUMENTATION, HOSTILE_URI
    }

    /** @return the mutation applied, mutating {@code model} in place */
    @SuppressWarnings("unchecked")
    Kind mutate(Map<String, Object> model) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        Map<String, Object> shapes = model.get("shapes") instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
        Map<String, Object> operations = model.get("operations") instanceof Map<?, ?> map ? (Map<String, Object>) map
                : new LinkedHashMap<>();
        switch (kind) {
            case DELETE_KEY -> randomObject(model).ifPresentKey(random);
            case RETYPE_VALUE -> randomObject(model).retype(random);
            case DANGLING_REFERENCE -> memberRefs(model).forEach(ref -> {
                if (random.nextInt(3) == 0) {
                    ref.put("shape", "Missing" + random.nextInt(1000));
                }
            });
            case REQUIRED_CYCLE -> requiredCycle(shapes);
            case DEEP_NESTING -> {
                Object nested = "leaf";
                for (int i = 0; i < 10_000; i++) {
                    nested = random.nextBoolean() ? new ArrayList<>(List.of(nested)) : new LinkedHashMap<>(Map.of("k", nested));
                }
                randomObject(model).put(random, nested);
            }
            case HUGE_STRING -> {
                String huge = "d".repeat(1 << 20);
                if (random.nextBoolean() && !shapes.isEmpty()) {
                    renameShape(shapes, operations, pick(new ArrayList<>(shapes.keySet())), "S" + huge.substring(0, 200_000));
                } else {
                    model.put("documentation", "<p>" + huge + "</p>");
                }
            }
            case HOSTILE_SHAPE_NAME -> {
                if (!shapes.isEmpty()) {
                    renameShape(shapes, operations, pick(new ArrayList<>(shapes.keySet())), pick(HOSTILE_NAMES));
                }
            }
            case HOSTILE_MEMBER_NAME -> structures(shapes).stream().findAny().ifPresent(s -> renameMember(s, pick(HOSTILE_NAMES)));
            case HOSTILE_OPERATION_NAME -> {
                if (!operations.isEmpty()) {
                    String old = pick(new ArrayList<>(operations.keySet()));
                    Object operation = operations.remove(old);
                    String name = pick(HOSTILE_NAMES);
                    if (operation instanceof Map<?, ?> map) {
                        ((Map<String, Object>) map).put("name", name);
                    }
                    operations.put(name, operation);
                }
            }
            case CASE_COLLISION -> caseCollision(shapes, operations);
            case HOSTILE_ENUM -> {
                Map<String, Object> shape = new LinkedHashMap<>();
                shape.put("type", "string");
                List<Object> values = new ArrayList<>(List.of("a", "A", "*", "1", "ml.t2.medium", "UNKNOWN_TO_SDK_VERSION",
                        "BY_VALUE", "日本", "", "a-b", "A_B", "value", "VALUE"));
                int extra = random.nextInt(4) == 0 ? 1500 : 0;
                for (int i = 0; i < extra; i++) {
                    values.add("value-" + i);
                }
                shape.put("enum", random.nextInt(5) == 0 ? new ArrayList<>() : values);
                shapes.put("HostileEnum", shape);
                structures(shapes).stream().findAny().ifPresent(s -> members(s).put("HostileEnumMember", new LinkedHashMap<>(Map.of("shape", "HostileEnum"))));
            }
            case PROTOCOL -> (model.get("metadata") instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<String, Object>())
                    .put("protocol", pick(List.of("rest-json", "json", "query", "rest-xml", "ec2", "smithy-rpc-v2-cbor", "bogus")));
            case SHAPE_TYPE -> {
                if (!shapes.isEmpty()) {
                    Object shape = shapes.get(pick(new ArrayList<>(shapes.keySet())));
                    if (shape instanceof Map<?, ?> map) {
                        ((Map<String, Object>) map).put("type", pick(List.of("structure", "list", "map", "string", "integer",
                                "long", "blob", "timestamp", "boolean", "document", "union", "float", "character", "nope")));
                    }
                }
            }
            case MANY_MEMBERS -> structures(shapes).stream().findAny().ifPresent(s -> {
                String target = shapes.containsKey("String") ? "String" : null;
                if (target == null) {
                    shapes.put("ManyString", new LinkedHashMap<>(Map.of("type", "string")));
                    target = "ManyString";
                }
                for (int i = 0; i < 1200; i++) {
                    members(s).put("Member" + i, new LinkedHashMap<>(Map.of("shape", target)));
                }
            });
            case HOSTILE_DOCUMENTATION -> model.put("documentation", pick(List.of("*/ /* */", "<p>@author x {@code y}</p>",
                    "\\u000a\\u002a/", "<a href=\"javascript:alert(1)\">x</a><script>alert(1)</script>", "# title | a | b |",
                    "<ul><li>" + "<b>".repeat(5000) + "deep", "&#0; &#xD800; &bogus; &", "```\n`x`\n```")));
            case HOSTILE_URI -> operations.values().stream().filter(Map.class::isInstance).findAny().ifPresent(op -> {
                Object httpValue = ((Map<String, Object>) op).computeIfAbsent("http", k -> new LinkedHashMap<>());
                Map<String, Object> http = httpValue instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
                http.put("requestUri", pick(List.of("/{}", "/{a}{b}", "/{Missing+}", "no-slash", "/x?{q}", "/%", "/{" + "x".repeat(1000) + "}")));
            });
            default -> throw new IllegalStateException(kind.toString());
        }
        return kind;
    }

    @SuppressWarnings("unchecked")
    private void requiredCycle(Map<String, Object> shapes) {
        List<String> names = new ArrayList<>();
        shapes.forEach((name, shape) -> {
            if (shape instanceof Map<?, ?> map && "structure".equals(map.get("type"))) {
                names.add(name);
            }
        });
        if (names.isEmpty()) {
            return;
        }
        String a = pick(names);
        String b = pick(names);
        Map<String, Object> first = (Map<String, Object>) shapes.get(a);
        Map<String, Object> second = (Map<String, Object>) shapes.get(b);
        members(first).put("CycleB", new LinkedHashMap<>(Map.of("shape", b)));
        members(second).put("CycleA", new LinkedHashMap<>(Map.of("shape", a)));
        required(first).add("CycleB");
        required(second).add("CycleA");
    }

    @SuppressWarnings("unchecked")
    private void caseCollision(Map<String, Object> shapes, Map<String, Object> operations) {
        if (!shapes.isEmpty()) {
            String name = pick(new ArrayList<>(shapes.keySet()));
            String variant = name.equals(name.toUpperCase(java.util.Locale.ROOT)) ? name.toLowerCase(java.util.Locale.ROOT)
                    : name.toUpperCase(java.util.Locale.ROOT);
            shapes.putIfAbsent(variant, MutableJson.deepCopy(shapes.get(name)));
        }
        structures(shapes).stream().findAny().ifPresent(s -> {
            Map<String, Object> members = members(s);
            if (!members.isEmpty()) {
                String member = members.keySet().iterator().next();
                members.putIfAbsent(member.toLowerCase(java.util.Locale.ROOT) + "", MutableJson.deepCopy(members.get(member)));
                members.putIfAbsent(member.toUpperCase(java.util.Locale.ROOT), MutableJson.deepCopy(members.get(member)));
            }
        });
        if (!operations.isEmpty()) {
            String name = pick(new ArrayList<>(operations.keySet()));
            Object copy = MutableJson.deepCopy(operations.get(name));
            String variant = name.toLowerCase(java.util.Locale.ROOT);
            if (copy instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).put("name", variant);
            }
            operations.putIfAbsent(variant, copy);
        }
    }

    /** Renames a shape and every reference to it, so the model stays consistent but the name is hostile. */
    @SuppressWarnings("unchecked")
    private static void renameShape(Map<String, Object> shapes, Map<String, Object> operations, String from, String to) {
        if (shapes.containsKey(to)) {
            return;
        }
        Map<String, Object> renamed = new LinkedHashMap<>();
        shapes.forEach((name, shape) -> renamed.put(name.equals(from) ? to : name, shape));
        shapes.clear();
        shapes.putAll(renamed);
        List<Map<String, Object>> refs = new ArrayList<>();
        for (Object shape : shapes.values()) {
            collectRefs(shape, refs);
        }
        for (Object operation : operations.values()) {
            collectRefs(operation, refs);
        }
        for (Map<String, Object> ref : refs) {
            if (from.equals(ref.get("shape"))) {
                ref.put("shape", to);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void renameMember(Map<String, Object> structure, String to) {
        Map<String, Object> members = members(structure);
        if (members.isEmpty() || members.containsKey(to)) {
            return;
        }
        String from = pick(new ArrayList<>(members.keySet()));
        Map<String, Object> renamed = new LinkedHashMap<>();
        members.forEach((name, member) -> renamed.put(name.equals(from) ? to : name, member));
        members.clear();
        members.putAll(renamed);
        Object required = structure.get("required");
        if (required instanceof List<?> list && list.contains(from)) {
            ((List<Object>) list).replaceAll(name -> from.equals(name) ? to : name);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> required(Map<String, Object> structure) {
        if (!(structure.get("required") instanceof List)) {
            structure.put("required", new ArrayList<>());
        }
        return (List<Object>) structure.get("required");
    }

    private static List<Map<String, Object>> memberRefs(Map<String, Object> model) {
        List<Map<String, Object>> refs = new ArrayList<>();
        collectRefs(model.get("shapes"), refs);
        collectRefs(model.get("operations"), refs);
        return refs;
    }

    /** Objects with a string "shape" key: member, list/map element and operation references. Bounded depth. */
    @SuppressWarnings("unchecked")
    private static void collectRefs(Object value, List<Map<String, Object>> refs) {
        List<Object> pending = new ArrayList<>();
        pending.add(value);
        while (!pending.isEmpty()) {
            Object next = pending.remove(pending.size() - 1);
            if (next instanceof Map<?, ?> map) {
                if (map.get("shape") instanceof String) {
                    refs.add((Map<String, Object>) map);
                }
                pending.addAll(map.values());
            } else if (next instanceof List<?> list) {
                pending.addAll(list);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> structures(Map<String, Object> shapes) {
        List<Map<String, Object>> structures = new ArrayList<>();
        for (Object shape : shapes.values()) {
            if (shape instanceof Map<?, ?> map && "structure".equals(map.get("type"))) {
                structures.add((Map<String, Object>) map);
            }
        }
        return structures;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> members(Map<String, Object> structure) {
        Object members = structure.get("members");
        if (!(members instanceof Map)) {
            members = new LinkedHashMap<String, Object>();
            structure.put("members", members);
        }
        return (Map<String, Object>) members;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A randomly chosen object somewhere in the model (bounded walk), with edits on it. */
    @SuppressWarnings("unchecked")
    private Target randomObject(Map<String, Object> model) {
        List<Map<String, Object>> objects = new ArrayList<>();
        List<Object> pending = new ArrayList<>(List.of(model));
        while (!pending.isEmpty() && objects.size() < 20_000) {
            Object next = pending.remove(pending.size() - 1);
            if (next instanceof Map<?, ?> map) {
                objects.add((Map<String, Object>) map);
                pending.addAll(map.values());
            } else if (next instanceof List<?> list) {
                pending.addAll(list);
            }
        }
        return new Target(objects.get(random.nextInt(objects.size())));
    }

    /** One JSON object chosen for an edit. */
    private record Target(Map<String, Object> object) {
        void ifPresentKey(Random random) {
            if (!object.isEmpty()) {
                object.remove(new ArrayList<>(object.keySet()).get(random.nextInt(object.size())));
            }
        }

        void retype(Random random) {
            if (object.isEmpty()) {
                return;
            }
            String key = new ArrayList<>(object.keySet()).get(random.nextInt(object.size()));
            Object[] replacements = {"text", new BigDecimal("42.5"), Boolean.TRUE, null, new ArrayList<>(List.of(1, 2)),
                new LinkedHashMap<>(Map.of("x", "y")), new BigDecimal("-1"), new BigDecimal("1e400")};
            object.put(key, replacements[random.nextInt(replacements.length)]);
        }

        void put(Random random, Object value) {
            String key = object.isEmpty() ? "nested" : new ArrayList<>(object.keySet()).get(random.nextInt(object.size()));
            object.put(key, value);
        }
    }
}
