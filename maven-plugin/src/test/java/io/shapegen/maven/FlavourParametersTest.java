package io.shapegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.generator.flavour.AccessorStyle;
import io.shapegen.generator.flavour.Flavour;
import io.shapegen.generator.flavour.FlavourException;
import io.shapegen.generator.flavour.ModelStyle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order the plugin's flavour parameters apply in, and how messages name them. */
class FlavourParametersTest {

    @Test
    void nothingSetIsTheStandardFlavour() {
        assertEquals(Flavour.standard(), new FlavourParameters(null, null, null, null).resolve());
        assertEquals(Flavour.standard(), new FlavourParameters(" ", null, Map.of(), " ").resolve());
    }

    @Test
    void builtInThenFileThenOptionsThenBasePackage(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("flavour.yaml"),
                "basePackage: com.example.file\nclientName: FileClient\nasync: false\nrenameShapes:\n  A: Alpha\n");
        Flavour flavour = new FlavourParameters("records", file.toFile(),
                Map.of("basePackage", "com.example.options", "clientName", "OptionsClient", "renameShapes", "B=Bravo"),
                "com.example.pkg").resolve();
        assertEquals("records", flavour.name());
        assertEquals(ModelStyle.RECORDS, flavour.modelStyle());
        assertEquals(false, flavour.async(), "from the file");
        assertEquals("OptionsClient", flavour.clientName(), "options over the file");
        assertEquals("com.example.pkg", flavour.basePackage(), "basePackage over the options");
        assertEquals(Map.of("A", "Alpha", "B", "Bravo"), flavour.renameShapes(), "renames merge");
    }

    @Test
    void aModelsEntryLayersOnTopOfTheExecution(@TempDir Path dir) throws IOException {
        Path entryFile = Files.writeString(dir.resolve("entry.json"), "{\"accessorStyle\": \"bean\", \"async\": true}");
        FlavourParameters execution = new FlavourParameters(null, null, Map.of("async", "false", "docs", "false"),
                "com.example.shared");
        Flavour flavour = execution.with(entryFile.toFile(), Map.of("clientName", "EntryClient"), "com.example.entry",
                "pom.xml <models> entry 1").resolve();
        assertEquals(AccessorStyle.BEAN, flavour.accessorStyle());
        assertEquals(true, flavour.async(), "the entry's file over the execution's options");
        assertEquals(false, flavour.docs(), "the execution's options where the entry says nothing");
        assertEquals("EntryClient", flavour.clientName());
        assertEquals("com.example.entry", flavour.basePackage());
        assertEquals("com.example.shared", execution.resolve().basePackage(), "the execution itself is unchanged");
    }

    @Test
    void messagesNameTheElementThatHoldsTheOption() {
        FlavourException e = assertThrows(FlavourException.class,
                () -> new FlavourParameters(null, null, Map.of("modelStlye", "records"), null).resolve());
        assertTrue(e.getMessage().startsWith("pom.xml <flavourOptions>: at /modelStlye: \"modelStlye\" is not a flavour "
                + "option. Valid options: extends, basePackage,"), e.getMessage());
        e = assertThrows(FlavourException.class, () -> new FlavourParameters(null, null, null, null)
                .with(null, Map.of("async", "maybe"), null, "pom.xml <models> entry 2").resolve());
        assertEquals("pom.xml <models> entry 2 <flavourOptions>: at /async: the flavour option \"async\" must be true or "
                + "false, not \"maybe\". Correct the value.", e.getMessage());
        e = assertThrows(FlavourException.class, () -> new FlavourParameters(null, null, null, null)
                .with(null, null, "com.example.new", "pom.xml <models> entry 3").resolve());
        assertTrue(e.getMessage().startsWith("pom.xml <models> entry 3 <basePackage>: at /basePackage:"), e.getMessage());
        assertEquals(List.of(), new FlavourParameters(null, null, null, null).overrides());
    }
}
