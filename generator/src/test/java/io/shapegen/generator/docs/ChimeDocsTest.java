package io.shapegen.generator.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.EnumSpec;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ServiceModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pages of chime-sdk-identity: which exist, what sections they have, what they say. */
class ChimeDocsTest {
    private static final Pattern TOP_PARAMETER = Pattern.compile("^- `(\\w+)` \\(.*\\)( \\*\\*\\[REQUIRED\\]\\*\\*)?( \\*\\*\\(deprecated\\)\\*\\*)?$");

    @Test
    void everyPageIsThere() {
        ServiceSpec spec = DocsTestData.chimeSpec();
        List<String> expected = new ArrayList<>(List.of("README.md", "client.md", "enums.md", "exceptions.md",
                "models.md", "paginators.md"));
        spec.operations().forEach(operation -> expected.add("operations/" + operation.methodName() + ".md"));
        expected.sort(null);
        List<String> paths = DocsTestData.chimeDocs().stream().map(GeneratedFile::relativePath).toList();
        assertEquals(expected, paths);
        assertEquals(30, spec.operations().size());
    }

    @Test
    void clientHasOneSectionPerOperationThenPaginatorsThenClose() {
        ServiceSpec spec = DocsTestData.chimeSpec();
        List<String> methods = MarkdownPages.headings(page("client.md"), 3);
        List<String> expected = new ArrayList<>(spec.operations().stream().map(OperationSpec::methodName).sorted().toList());
        expected.addAll(List.of("listAppInstanceAdminsPaginator", "listAppInstanceBotsPaginator",
                "listAppInstanceUserEndpointsPaginator", "listAppInstanceUsersPaginator", "listAppInstancesPaginator",
                "close"));
        assertEquals(expected, methods);
        assertEquals(30 + 5 + 1, methods.size());
    }

    @Test
    void typePagesHaveOneSectionPerType() {
        ServiceSpec spec = DocsTestData.chimeSpec();
        List<String> enums = MarkdownPages.headings(page("enums.md"), 2);
        assertEquals(9, enums.size());
        assertEquals(spec.enums().stream().map(e -> e.className().simpleName()).sorted().toList(), enums);
        List<String> exceptions = MarkdownPages.headings(page("exceptions.md"), 2);
        assertEquals(10, exceptions.size());
        assertEquals("ChimeSdkIdentityException", exceptions.get(0));
        assertEquals(5, MarkdownPages.headings(page("paginators.md"), 2).size());
        assertEquals(spec.structures().size(), MarkdownPages.headings(page("models.md"), 2).size());
    }

    @Test
    void enumsListEveryValue() {
        String enums = text("enums.md");
        for (EnumSpec spec : DocsTestData.chimeSpec().enums()) {
            for (EnumSpec.Constant constant : spec.constants()) {
                assertTrue(enums.contains("- `" + constant.name() + "`: `" + constant.value() + "`"),
                        spec.className().simpleName() + "." + constant.name());
            }
        }
    }

    @Test
    void requiredMarksFollowTheInputShape() {
        for (OperationSpec operation : DocsTestData.chimeSpec().operations()) {
            String page = text("operations/" + operation.methodName() + ".md");
            String parameters = section(page, "## Parameters", "## Return type");
            List<String> marked = new ArrayList<>();
            List<String> listed = new ArrayList<>();
            for (String line : parameters.split("\n")) {
                Matcher matcher = TOP_PARAMETER.matcher(line);
                if (matcher.find()) {
                    listed.add(matcher.group(1));
                    if (matcher.group(2) != null) {
                        marked.add(matcher.group(1));
                    }
                }
            }
            List<MemberSpec> members = operation.request().members();
            assertEquals(members.stream().map(MemberSpec::name).toList(), listed, operation.methodName());
            assertEquals(members.stream().filter(m -> m.member().required()).map(MemberSpec::name).toList(), marked,
                    operation.methodName());
        }
    }

    @Test
    void operationPagesHaveTheSeedSections() {
        for (OperationSpec operation : DocsTestData.chimeSpec().operations()) {
            assertEquals(List.of("Request Syntax", "Parameters", "Return type", "Response Syntax", "Response Structure",
                    "Exceptions").toString(), MarkdownPages.headings(page("operations/" + operation.methodName() + ".md"), 2)
                    .stream().filter(h -> !h.equals("Paginator")).toList().toString(), operation.methodName());
        }
        String createAppInstance = text("operations/createAppInstance.md");
        assertTrue(createAppInstance.contains("Auto-filled if absent"), "idempotency token");
        assertTrue(createAppInstance.contains(".tags(List.of(Tag.builder()"), "nested builders in lists");
    }

    @Test
    void readmeHasCoordinatesUsageAndLinksToEveryPage() {
        String readme = text("README.md");
        assertTrue(readme.startsWith("# ChimeSdkIdentity\n"));
        assertTrue(readme.contains("<artifactId>shapegen-maven-plugin</artifactId>"));
        assertTrue(readme.contains("<groupId>io.shapegen</groupId>"));
        assertTrue(readme.contains("<artifactId>shapegen-runtime</artifactId>"));
        assertTrue(readme.contains("ChimeSdkIdentityClient.builder()"));
        List<String> links = MarkdownPages.links(page("README.md"));
        for (GeneratedFile file : DocsTestData.chimeDocs()) {
            if (!file.relativePath().equals("README.md")) {
                assertTrue(links.stream().anyMatch(l -> l.equals("./" + file.relativePath())
                        || l.startsWith("./" + file.relativePath() + "#")), "README links " + file.relativePath());
            }
        }
    }

    @Test
    void sameBytesWhateverTheLocaleAndTimeZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            ServiceModel model = DocsTestData.chimeModel();
            List<GeneratedFile> again = MarkdownDocs.render(ServiceSpecResolver.resolve(model, DocsTestData.CHIME_PACKAGE),
                    Optional.empty());
            List<GeneratedFile> first = DocsTestData.chimeDocs();
            assertEquals(first.size(), again.size());
            for (int i = 0; i < first.size(); i++) {
                assertEquals(first.get(i).relativePath(), again.get(i).relativePath());
                assertTrue(Arrays.equals(first.get(i).content(), again.get(i).content()), first.get(i).relativePath());
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void noTrailingSpacesAndOneFinalNewline() {
        DocsTestData.text(DocsTestData.chimeDocs()).forEach((path, text) -> {
            assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), path);
            assertFalse(Stream.of(text.split("\n")).anyMatch(line -> line.endsWith(" ")), path);
            assertFalse(text.contains("\n\n\n"), path);
        });
    }

    static String text(String path) {
        Map<String, String> pages = DocsTestData.text(DocsTestData.chimeDocs());
        String text = pages.get(path);
        assertTrue(text != null, "no page " + path);
        return text;
    }

    static Document page(String path) {
        return MarkdownPages.parse(text(path));
    }

    /** @return the text between two lines (exclusive), or to the end */
    static String section(String page, String from, String to) {
        int start = page.indexOf("\n" + from + "\n");
        assertTrue(start >= 0, "no " + from);
        int end = page.indexOf("\n" + to + "\n", start + 1);
        return end < 0 ? page.substring(start) : page.substring(start, end);
    }
}
