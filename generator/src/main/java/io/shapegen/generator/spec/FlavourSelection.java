package io.shapegen.generator.spec;

import io.shapegen.generator.flavour.Flavour;
import io.shapegen.generator.flavour.FlavourException;
import io.shapegen.generator.naming.IdentifierWords;
import io.shapegen.generator.naming.JavaReservedNames;
import io.shapegen.model.Operation;
import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StructureShape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a flavour selects and renames, checked against the model: every operation, shape and member it names
 * must exist, and every new name must be a Java identifier. A typo fails with the closest names in the model.
 */
final class FlavourSelection {
    private final ServiceModel model;
    private final Flavour flavour;

    FlavourSelection(ServiceModel model, Flavour flavour) {
        this.model = model;
        this.flavour = flavour;
        check();
    }

    /** @return how accessors and setters are named */
    io.shapegen.generator.flavour.AccessorStyle accessorStyle() {
        return flavour.accessorStyle();
    }

    /** @return the operations to generate, sorted by name */
    List<Operation> operations() {
        List<Operation> selected = new ArrayList<>();
        for (Operation operation : model.operations().values()) {
            boolean included = flavour.includeOperations().isEmpty() || flavour.includeOperations().contains(operation.name());
            if (included && !flavour.excludeOperations().contains(operation.name())) {
                selected.add(operation);
            }
        }
        return selected;
    }

    /** @param shapeName a shape @return the class name the flavour gives it, if any */
    Optional<String> className(String shapeName) {
        return Optional.ofNullable(flavour.renameShapes().get(shapeName));
    }

    /** @param shapeName a structure @param memberName its member @return the Java name the flavour gives it, if any */
    Optional<String> memberName(String shapeName, String memberName) {
        return Optional.ofNullable(flavour.renameMembers().get(shapeName + "." + memberName));
    }

    private void check() {
        if (flavour.modelStyle() == io.shapegen.generator.flavour.ModelStyle.RECORDS
                && flavour.accessorStyle() == io.shapegen.generator.flavour.AccessorStyle.BEAN) {
            throw new FlavourException("The flavour combines modelStyle records with accessorStyle bean, but record "
                    + "accessors are always fluent (name(), not getName()). Use accessorStyle fluent with records, or "
                    + "modelStyle builders with bean accessors.");
        }
        for (String name : flavour.includeOperations()) {
            requireOperation(name, "includeOperations");
        }
        for (String name : flavour.excludeOperations()) {
            requireOperation(name, "excludeOperations");
        }
        if (!flavour.includeOperations().isEmpty() && operations().isEmpty()) {
            throw new FlavourException("The flavour's includeOperations and excludeOperations leave no operation to generate."
                    + " Include at least one operation.");
        }
        for (Map.Entry<String, String> rename : flavour.renameShapes().entrySet()) {
            if (!model.shapes().containsKey(rename.getKey())) {
                throw unknown("renameShapes", "shape", rename.getKey(), model.shapes().keySet());
            }
            requireJavaName("renameShapes", rename.getKey(), rename.getValue(), true);
        }
        for (Map.Entry<String, String> rename : flavour.renameMembers().entrySet()) {
            String key = rename.getKey();
            int dot = key.indexOf('.');
            Shape shape = dot <= 0 ? null : model.shapes().get(key.substring(0, dot));
            if (!(shape instanceof StructureShape structure)) {
                throw new FlavourException("The flavour's renameMembers names \"" + key + "\", but \"" + (dot <= 0 ? key
                        : key.substring(0, dot)) + "\" is not a structure of the model. Write Shape.Member, for example "
                        + "AppInstance.Name.");
            }
            String member = key.substring(dot + 1);
            if (structure.member(member).isEmpty()) {
                throw unknown("renameMembers", "member of " + structure.name(), member,
                        structure.members().stream().map(m -> m.name()).toList());
            }
            requireJavaName("renameMembers", key, rename.getValue(), false);
        }
    }

    private void requireOperation(String name, String option) {
        if (!model.operations().containsKey(name)) {
            throw unknown(option, "operation", name, model.operations().keySet());
        }
    }

    private static void requireJavaName(String option, String from, String to, boolean typeName) {
        boolean valid = IdentifierWords.isPlainIdentifier(to) && !JavaReservedNames.isKeyword(to)
                && (typeName ? Character.isUpperCase(to.charAt(0)) : Character.isLowerCase(to.charAt(0)));
        if (!valid) {
            throw new FlavourException("The flavour's " + option + " renames \"" + from + "\" to \"" + to + "\", which is not "
                    + (typeName ? "a Java class name (letters and digits, starting upper-case)"
                            : "a Java member name (letters and digits, starting lower-case)") + ". Choose another name.");
        }
    }

    private static FlavourException unknown(String option, String what, String name, Collection<String> known) {
        List<String> close = known.stream()
                .sorted(Comparator.comparingInt((String k) -> distance(k.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3).toList();
        return new FlavourException("The flavour's " + option + " names the " + what + " \"" + name + "\", which the model "
                + "does not have." + (close.isEmpty() ? "" : " Did you mean " + String.join(", ", close) + "?"));
    }

    /** Levenshtein distance, for suggestions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
