package io.shapegen.generator.flavour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flavours: strict, located validation in every format, and the order layers apply in. */
class FlavourResolverTest {

    @Test
    void builtInFlavoursAndDefaults() {
        Flavour standard = FlavourResolver.resolve(Optional.empty(), List.of());
        assertEquals(Flavour.standard(), standard);
        assertEquals(ModelStyle.BUILDERS, standard.modelStyle());
        assertEquals(ModelStyle.RECORDS, FlavourResolver.resolve(Optional.of("records"), List.of()).modelStyle());
        FlavourException e = assertThrows(FlavourException.class, () -> FlavourResolver.resolve(Optional.of("recordz"), List.of()));
        assertEquals("\"recordz\" is not a built-in flavour. Use one of: records, standard, or leave it out for standard.",
                e.getMessage());
    }

    @Test
    void yamlFileWithEveryKindOfOption(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("flavour.yaml"), String.join("\n",
                "extends: records",
                "basePackage: com.example.chime",
                "accessorStyle: bean",
                "async: false",
                "paginators: inferred",
                "excludeOperations:",
                "  - DeleteAppInstance",
                "  - DeleteAppInstanceUser",
                "renameShapes:",
                "  AppInstance: Instance",
                "renameMembers:",
                "  AppInstance.Name: title",
                "nullabilityAnnotations: jspecify",
                "docs: false", ""));
        Flavour flavour = FlavourResolver.resolve(Optional.empty(), List.of(FlavourFiles.read(file)));
        assertEquals(new Flavour("records", "com.example.chime", "", ModelStyle.RECORDS, AccessorStyle.BEAN, false,
                Optional.of(PaginatorMode.INFERRED), List.of(), List.of("DeleteAppInstance", "DeleteAppInstanceUser"),
                Map.of("AppInstance", "Instance"), Map.of("AppInstance.Name", "title"), NullabilityAnnotations.JSPECIFY,
                false), flavour);
    }

    @Test
    void anUnknownKeyNamesTheFileLineKeyAndTheValidKeys(@TempDir Path dir) throws IOException {
        Path yaml = Files.writeString(dir.resolve("flavour.yaml"), "modelStyle: records\nacessorStyle: bean\n");
        FlavourException e = assertThrows(FlavourException.class, () -> FlavourFiles.read(yaml));
        assertEquals(yaml + ":2:15: at /acessorStyle: \"acessorStyle\" is not a flavour option. Valid options: extends, "
                + "basePackage, clientName, modelStyle, accessorStyle, async, paginators, includeOperations, "
                + "excludeOperations, renameShapes, renameMembers, nullabilityAnnotations, docs.", e.getMessage());

        Path json = Files.writeString(dir.resolve("flavour.json"), "{\n  \"modelStyle\": \"recordz\"\n}\n");
        e = assertThrows(FlavourException.class, () -> FlavourFiles.read(json));
        assertEquals(json + ":2:17: at /modelStyle: the flavour option \"modelStyle\" must be one of builders, records, "
                + "not \"recordz\". Correct the value.", e.getMessage());
    }

    @Test
    void malformedFilesAreLocated(@TempDir Path dir) throws IOException {
        Path yaml = Files.writeString(dir.resolve("bad.yml"), "modelStyle: [records\n");
        FlavourException e = assertThrows(FlavourException.class, () -> FlavourFiles.read(yaml));
        assertEquals(true, e.getMessage().startsWith(yaml + ":2:1: the flavour file is not well-formed YAML"), e.getMessage());
        Path txt = Files.writeString(dir.resolve("flavour.txt"), "x");
        e = assertThrows(FlavourException.class, () -> FlavourFiles.read(txt));
        assertEquals(txt + ": a flavour file must end in .json, .yaml or .yml. Rename it to say its format.", e.getMessage());
    }

    @Test
    void pomOptionsOverrideTheFileAndRenamesMerge(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("f.json"),
                "{\"modelStyle\": \"records\", \"async\": true, \"renameShapes\": {\"A\": \"Alpha\", \"B\": \"Beta\"}}");
        FlavourLayer pom = FlavourResolver.inline("pom.xml <flavourOptions>",
                Map.of("async", "false", "renameShapes", "B=Bravo, C=Charlie", "includeOperations", "ListAppInstances,DescribeAppInstance"));
        Flavour flavour = FlavourResolver.resolve(Optional.empty(), List.of(FlavourFiles.read(file), pom));
        assertEquals(ModelStyle.RECORDS, flavour.modelStyle());
        assertEquals(false, flavour.async());
        assertEquals(Map.of("A", "Alpha", "B", "Bravo", "C", "Charlie"), flavour.renameShapes());
        assertEquals(List.of("ListAppInstances", "DescribeAppInstance"), flavour.includeOperations());
    }

    @Test
    void pomOptionsAreValidatedAsStrictly() {
        FlavourException e = assertThrows(FlavourException.class,
                () -> FlavourResolver.inline("pom.xml <flavourOptions>", Map.of("docz", "true")));
        assertEquals("pom.xml <flavourOptions>: at /docz: \"docz\" is not a flavour option. Valid options: extends, "
                + "basePackage, clientName, modelStyle, accessorStyle, async, paginators, includeOperations, "
                + "excludeOperations, renameShapes, renameMembers, nullabilityAnnotations, docs.", e.getMessage());
        e = assertThrows(FlavourException.class,
                () -> FlavourResolver.inline("pom.xml <flavourOptions>", Map.of("basePackage", "com.example.class")));
        assertEquals("pom.xml <flavourOptions>: at /basePackage: the flavour option \"basePackage\" must be a Java package "
                + "name such as com.example.chime, not \"com.example.class\". Correct the value.", e.getMessage());
        e = assertThrows(FlavourException.class,
                () -> FlavourResolver.inline("pom.xml <flavourOptions>", Map.of("renameShapes", "AppInstance")));
        assertEquals("pom.xml <flavourOptions>: at /renameShapes: the flavour option \"renameShapes\" must be a map from "
                + "shape names to Java class names, not \"AppInstance\" (write From=To pairs separated by commas). "
                + "Correct the value.", e.getMessage());
    }

    @Test
    void twoDifferentBaseFlavoursConflict(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("f.yaml"), "extends: records\n");
        FlavourException e = assertThrows(FlavourException.class,
                () -> FlavourResolver.resolve(Optional.of("standard"), List.of(FlavourFiles.read(file))));
        assertEquals(file + ": \"extends\": \"records\" conflicts with the flavour \"standard\" named elsewhere. "
                + "Name the built-in flavour in one place.", e.getMessage());
    }
}
