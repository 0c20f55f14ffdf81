package io.shapegen.generator.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ServiceModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user folder replaces built-in templates by file name; the other pages stay as they were. */
class TemplateOverrideTest {
    @TempDir
    Path overrides;

    @Test
    void userClientTemplateReplacesTheBuiltInOneOnly() throws IOException {
        try (InputStream template = getClass().getResourceAsStream("client-override/client.md.vm")) {
            Files.write(overrides.resolve("client.md.vm"), template.readAllBytes());
        }
        Files.writeString(overrides.resolve("notes.txt"), "not a template", StandardCharsets.UTF_8);
        Map<String, String> custom = render(Optional.of(overrides));
        Map<String, String> builtIn = DocsTestData.text(DocsTestData.chimeDocs());

        assertEquals(builtIn.keySet(), custom.keySet());
        String client = custom.get("client.md");
        assertTrue(client.startsWith("# ChimeSdkIdentityClient\n\n> [Index](../README.md) > [ChimeSdkIdentity](./README.md) > Client\n\n"
                + "Our own client page, with 30 methods:\n\n- [createAppInstance](./operations/createAppInstance.md)\n"), client);
        assertTrue(!client.equals(builtIn.get("client.md")));
        builtIn.forEach((path, text) -> {
            if (!path.equals("client.md")) {
                assertEquals(text, custom.get(path), path + " is unchanged");
            }
        });
    }

    @Test
    void aMisspeltReferenceFailsNamingTheOverride() throws IOException {
        Files.writeString(overrides.resolve("models.md.vm"), "# Models\n\n$service.nmae\n", StandardCharsets.UTF_8);
        DocsException failure = assertThrows(DocsException.class, () -> render(Optional.of(overrides)));
        assertTrue(failure.getMessage().contains(overrides.resolve("models.md.vm").toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("nmae"), failure.getMessage());
    }

    @Test
    void aTemplateThatReplacesNothingFails() throws IOException {
        Files.writeString(overrides.resolve("clinet.md.vm"), "typo", StandardCharsets.UTF_8);
        DocsException failure = assertThrows(DocsException.class, () -> render(Optional.of(overrides)));
        assertTrue(failure.getMessage().contains("clinet.md.vm"), failure.getMessage());
        assertTrue(failure.getMessage().contains("client.md.vm"), failure.getMessage());
    }

    @Test
    void templatesCannotReadFilesOutsideTheOverrideFolder() throws IOException {
        Files.writeString(overrides.resolve("enums.md.vm"), "#parse(\"../../../../etc/passwd\")\n", StandardCharsets.UTF_8);
        DocsException failure = assertThrows(DocsException.class, () -> render(Optional.of(overrides)));
        assertTrue(failure.getMessage().contains("Unable to find resource '../../../../etc/passwd'"), failure.getMessage());
        assertTrue(!TemplateLoader.isPlainName("../x.vm") && !TemplateLoader.isPlainName("a/b.vm")
                && !TemplateLoader.isPlainName(".hidden") && TemplateLoader.isPlainName("client.md.vm"));
    }

    @Test
    void aMissingFolderFails() {
        DocsException failure = assertThrows(DocsException.class, () -> render(Optional.of(overrides.resolve("absent"))));
        assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
    }

    private static Map<String, String> render(Optional<Path> folder) {
        ServiceModel model = DocsTestData.chimeModel();
        List<GeneratedFile> files = MarkdownDocs.render(ServiceSpecResolver.resolve(model, DocsTestData.CHIME_PACKAGE),
                folder);
        return DocsTestData.text(files);
    }
}
