package io.shapegen.maven.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import io.shapegen.model.ServiceModel;
import io.shapegen.model.diff.ModelDiff;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changelog and JSON report of widgets-2024-01-01 → widgets-2024-06-01, compared with the expected files
 * beside the models. After an intended change, refresh them with
 * {@code mvn -pl maven-plugin test -Dtest=DiffReportFilesTest -Dshapegen.golden.update=true} and review the diff.
 */
class DiffReportFilesTest {
    private static final Path EXPECTED = Path.of("src/test/resources/io/shapegen/maven/diff");

    @TempDir
    Path output;

    @Test
    void writesTheChangelogAndTheJsonReport() throws IOException {
        ReportFiles.write(output, widgetsReport("../../docs/widgets/"));

        for (String file : new String[] {ReportFiles.CHANGELOG, ReportFiles.JSON_REPORT}) {
            String actual = Files.readString(output.resolve(file));
            if (Boolean.getBoolean("shapegen.golden.update")) {
                Files.writeString(EXPECTED.resolve(file), actual);
            }
            assertEquals(Files.readString(EXPECTED.resolve(file)), actual,
                    file + " differs; refresh with -Dshapegen.golden.update=true and review");
        }
    }

    @Test
    void withoutDocsTheChangelogHasNoLinks() throws IOException {
        ReportFiles.write(output, widgetsReport(""));

        String changelog = Files.readString(output.resolve(ReportFiles.CHANGELOG));
        assertTrue(changelog.contains("\n- `ListWidgets`\n"), changelog);
        assertTrue(changelog.contains("\n- `Long`: `long` — used by `GetWidget`, `ListWidgets`.\n"), changelog);
        assertFalse(changelog.contains("]("), changelog);
        assertTrue(Files.readString(output.resolve(ReportFiles.JSON_REPORT)).contains("\"operationPages\": {}\n"));
    }

    @Test
    void rewritesNothingWhenTheReportIsTheSame() throws IOException {
        ReportFiles.write(output, widgetsReport(""));
        Path changelog = output.resolve(ReportFiles.CHANGELOG);
        Files.setLastModifiedTime(changelog, java.nio.file.attribute.FileTime.fromMillis(0));

        ReportFiles.write(output, widgetsReport(""));

        assertEquals(0, Files.getLastModifiedTime(changelog).toMillis());
        try (var files = Files.list(output)) {
            assertEquals(2, files.count(), "no temporary files are left");
        }
    }

    @Test
    void theFailureMessageListsEveryBreakingChange() {
        String message = widgetsReport("").breakingFailure("target/shapegen-diff/changes.md");

        assertEquals("""
                5 breaking changes from widgets-2024-01-01.json to widgets-2024-06-01.json (failOnBreaking is true):
                  - operation-removed DeleteWidget. The client method is removed, so code that calls it no longer \
                compiles.
                  - shape-removed DeleteWidgetRequest: structure. Its class is no longer generated, so code that uses \
                it no longer compiles.
                  - member-added CreateWidgetRequest.Size: required integer. Required in a request: callers must now \
                set it, and requests without it fail.
                  - member-type-changed Widget.Weight: integer -> long. Its Java type changes, so code that reads or \
                sets it may no longer compile.
                  - enum-value-removed Color BLUE. Requests that send it are rejected, and its enum constant is \
                removed, so code that names it no longer compiles.
                The changelog is target/shapegen-diff/changes.md. Make the new model compatible, or set \
                <failOnBreaking> to false (-Dshapegen.diff.failOnBreaking=false) to accept these changes.""", message);
    }

    @Test
    void codeSpansHoldBackticksAndJsonStringsEscapeControlCharacters() {
        assertEquals("`a|b`", ChangelogMarkdown.code("a|b"));
        assertEquals("``a`b``", ChangelogMarkdown.code("a`b"));
        assertEquals("`` `x ``", ChangelogMarkdown.code("`x"));
        assertEquals("\"q\\\"\\\\\\n\\u0001\\u2028é\"", ChangeReportJson.string("q\"\\\n\u0001\u2028é"));
    }

    private static DiffReport widgetsReport(String docsBaseUrl) {
        ServiceModel before = model("widgets-2024-01-01.json");
        ServiceModel after = model("widgets-2024-06-01.json");
        return new DiffReport("Widgets", "widgets-2024-01-01.json", "widgets-2024-06-01.json",
                ModelDiff.compare(before, after),
                OperationPages.of(ServiceSpecResolver.resolve(after, ""), docsBaseUrl));
    }

    private static ServiceModel model(String name) {
        try (InputStream in = DiffReportFilesTest.class.getResourceAsStream(name)) {
            return ModelLoader.loadService(new ModelSource(name, in.readAllBytes()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
