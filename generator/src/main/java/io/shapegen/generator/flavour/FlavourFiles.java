package io.shapegen.generator.flavour;

import io.shapegen.model.ModelException;
import io.shapegen.model.ModelSource;
import io.shapegen.model.json.JsonArray;
import io.shapegen.model.json.JsonBoolean;
import io.shapegen.model.json.JsonNull;
import io.shapegen.model.json.JsonNumber;
import io.shapegen.model.json.JsonObject;
import io.shapegen.model.json.JsonString;
import io.shapegen.model.json.JsonTreeParser;
import io.shapegen.model.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads a flavour file: JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}), with every value located. */
public final class FlavourFiles {
    private FlavourFiles() {
    }

    /**
     * @param file a flavour file
     * @return its options
     * @throws FlavourException if it cannot be read, is malformed, or sets an unknown option or a bad value
     */
    public static FlavourLayer read(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FlavourException(name + ": cannot read the flavour file (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Check the flavourFile path.");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        RawValue root = lower.endsWith(".json") ? json(name, text) : lower.endsWith(".yaml") || lower.endsWith(".yml")
                ? yaml(name, text) : unsupported(name);
        if (!(root instanceof RawValue.Entries entries)) {
            throw FlavourException.at(root.where(), "a flavour file must hold a map of options, not " + root.kind() + ".",
                    "Write the options as keys at the top level.");
        }
        return FlavourLayer.of(name, entries);
    }

    private static RawValue unsupported(String name) {
        throw new FlavourException(name + ": a flavour file must end in .json, .yaml or .yml. Rename it to say its format.");
    }

    private static RawValue json(String name, String text) {
        try {
            return fromJson(JsonTreeParser.parse(new ModelSource(name, text.getBytes(StandardCharsets.UTF_8))));
        } catch (ModelException e) {
            throw new FlavourException(e.getMessage());
        }
    }

    private static RawValue fromJson(JsonValue value) {
        ValueLocation where = new ValueLocation(value.position().sourceName(), value.position().pointer(),
                value.position().line(), value.position().column());
        if (value instanceof JsonObject object) {
            Map<String, RawValue> entries = new LinkedHashMap<>();
            object.members().forEach((key, member) -> entries.put(key, fromJson(member)));
            return new RawValue.Entries(entries, where);
        }
        if (value instanceof JsonArray array) {
            List<RawValue> items = new ArrayList<>();
            array.elements().forEach(element -> items.add(fromJson(element)));
            return new RawValue.Items(items, where);
        }
        if (value instanceof JsonBoolean bool) {
            return new RawValue.Bool(bool.value(), where);
        }
        if (value instanceof JsonString string) {
            return new RawValue.Text(string.value(), where);
        }
        if (value instanceof JsonNumber number) {
            return new RawValue.Text(number.value().toPlainString(), where);
        }
        JsonNull nothing = (JsonNull) value;
        return new RawValue.Text("null", new ValueLocation(where.source(), nothing.position().pointer(), where.line(), where.column()));
    }

    private static RawValue yaml(String name, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(32);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                throw new FlavourException(name + ": the flavour file is empty. Write its options, or leave out flavourFile.");
            }
            return fromYaml(name, "", root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            String at = mark == null ? name : name + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            throw new FlavourException(at + ": the flavour file is not well-formed YAML: " + e.getProblem()
                    + ". Fix the YAML syntax there.");
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new FlavourException(name + ": the flavour file is not well-formed YAML: " + e.getMessage() + ".");
        }
    }

    private static RawValue fromYaml(String name, String pointer, Node node) {
        ValueLocation where = new ValueLocation(name, pointer, node.getStartMark().getLine() + 1,
                node.getStartMark().getColumn() + 1);
        if (node instanceof MappingNode mapping) {
            Map<String, RawValue> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw FlavourException.at(where, "a key must be plain text.", "Write keys as names.");
                }
                String child = pointer + "/" + key.getValue().replace("~", "~0").replace("/", "~1");
                RawValue value = fromYaml(name, child, tuple.getValueNode());
                if (entries.put(key.getValue(), value) != null) {
                    throw FlavourException.at(value.where(), "the key \"" + key.getValue() + "\" appears twice.", "Keep one.");
                }
            }
            return new RawValue.Entries(entries, where);
        }
        if (node instanceof SequenceNode sequence) {
            List<RawValue> items = new ArrayList<>();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                items.add(fromYaml(name, pointer + "/" + i, sequence.getValue().get(i)));
            }
            return new RawValue.Items(items, where);
        }
        ScalarNode scalar = (ScalarNode) node;
        if (Tag.BOOL.equals(scalar.getTag())) {
            return new RawValue.Bool(Boolean.parseBoolean(scalar.getValue().toLowerCase(Locale.ROOT)), where);
        }
        return new RawValue.Text(scalar.getValue(), where);
    }
}
