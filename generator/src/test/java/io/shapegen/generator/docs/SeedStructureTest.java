package io.shapegen.generator.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.generator.naming.JavaIdentifiers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The generated pages have the structure of the supplied seed pages: client.md the section order of seed 000,
 * and the updateAppInstanceUserEndpoint and putAppInstanceUserExpirationSettings pages every parameter,
 * [REQUIRED] mark, enum value, response member and exception that seeds 003 and 004 show.
 */
class SeedStructureTest {
    private static final Pattern ATX = Pattern.compile("^(#{1,6}) (.+)$");
    private static final Pattern OUR_PARAMETER = Pattern.compile(
            "^\\s*- `(\\w+)` \\(.*\\)( \\*\\*\\[REQUIRED\\]\\*\\*)?( \\*\\*\\(deprecated\\)\\*\\*)?$");

    @Test
    void clientHasTheSectionOrderOfSeed000() throws IOException {
        String seed = read("000_dcd20f30a5b79fd4.txt");
        String ours = ChimeDocsTest.text("client.md");
        List<String[]> seedHeadings = headings(seed);
        List<String[]> ourHeadings = headings(ours);

        // Title, then the client's own sections: usage (the seed titles it with the client's name), Exceptions, Methods.
        assertEquals("1", seedHeadings.get(0)[0]);
        assertEquals("1", ourHeadings.get(0)[0]);
        List<String> seedSections = level(seedHeadings, "2");
        assertEquals(List.of(seedHeadings.get(0)[1], "Exceptions", "Methods"), seedSections);
        assertEquals(List.of("Usage", "Exceptions", "Methods"), level(ourHeadings, "2"));

        // Before the first section: the breadcrumb, then a note linking the service's reference.
        String seedLead = seed.substring(0, seed.indexOf("\n## "));
        String ourLead = ours.substring(0, ours.indexOf("\n## "));
        assertTrue(seedLead.contains("> [Index](../README.md) > ") && seedLead.contains("note"));
        assertTrue(ourLead.contains("> [Index](../README.md) > [ChimeSdkIdentity](./README.md) > ChimeSdkIdentityClient"));
        assertTrue(ourLead.indexOf("**Note:**") > ourLead.indexOf("[Index]"));
        assertTrue(ourLead.contains("(https://docs.aws.amazon.com/goto/WebAPI/chime-sdk-identity-2021-04-20)"));

        // Methods: the operations in the seed's order, then (our additions) the paginators and close().
        List<String> seedMethods = new ArrayList<>();
        for (String method : level(seedHeadings, "3")) {
            String camel = camel(method.replace("\\_", "_"));
            if (!camel.equals("canPaginate") && !camel.equals("generatePresignedUrl")) {
                seedMethods.add(camel);
            }
        }
        List<String> ourMethods = level(ourHeadings, "3");
        assertEquals(30, seedMethods.size());
        assertEquals(seedMethods, ourMethods.subList(0, seedMethods.size()));
        assertEquals("close", ourMethods.get(ourMethods.size() - 1));

        // Each operation's section: summary, then its definition, its footnotes, its usage example.
        for (String method : seedMethods) {
            String section = ChimeDocsTest.section(ours, "### " + method, "### ");
            int definition = section.indexOf("// " + method + " method definition");
            int footnote = section.indexOf("\n1. See ");
            int usage = section.indexOf("// " + method + " method usage example");
            assertTrue(definition > 0 && footnote > definition && usage > footnote, method);
            assertTrue(section.contains("(https://docs.aws.amazon.com/goto/WebAPI/chime-sdk-identity-2021-04-20/"), method);
            assertTrue(section.contains("(./operations/" + method + ".md)"), method);
        }
    }

    @Test
    void updateAppInstanceUserEndpointCarriesEverythingOfSeed003() throws IOException {
        assertCarries(read("003_1fc1192b8c42f328.txt"), "updateAppInstanceUserEndpoint");
    }

    @Test
    void putAppInstanceUserExpirationSettingsCarriesEverythingOfSeed004() throws IOException {
        assertCarries(read("004_39da32ab84f60967.txt"), "putAppInstanceUserExpirationSettings");
    }

    private static void assertCarries(String seed, String method) {
        SeedPage expected = SeedPage.parse(seed);
        String page = ChimeDocsTest.text("operations/" + method + ".md");
        assertFalse(expected.parameters.isEmpty(), "seed parameters");

        Map<String, Boolean> ours = new LinkedHashMap<>();
        for (String line : ChimeDocsTest.section(page, "## Parameters", "## Return type").split("\n")) {
            Matcher matcher = OUR_PARAMETER.matcher(line);
            if (matcher.find()) {
                ours.put(matcher.group(1), matcher.group(2) != null);
            }
        }
        expected.parameters.forEach((name, required) -> {
            String java = JavaIdentifiers.memberName(name, Set.of());
            assertTrue(ours.containsKey(java), method + " lists parameter " + name + " as " + java + ": " + ours);
            assertEquals(required, ours.get(java), method + " marks " + name + (required ? "" : " not") + " [REQUIRED]");
        });

        String requestSyntax = ChimeDocsTest.section(page, "## Request Syntax", "## Parameters");
        String parameters = ChimeDocsTest.section(page, "## Parameters", "## Return type");
        String responseSyntax = ChimeDocsTest.section(page, "## Response Syntax", "## Response Structure");
        String responseStructure = ChimeDocsTest.section(page, "## Response Structure", "## Exceptions");
        for (String value : expected.requestValues) {
            assertTrue(requestSyntax.contains(value) && parameters.contains("`" + value + "`"), method + " shows " + value);
        }
        for (String value : expected.responseValues) {
            assertTrue(responseSyntax.contains("\"" + value + "\"") && responseStructure.contains("`" + value + "`"),
                    method + " shows response value " + value);
        }
        assertFalse(expected.responseMembers.isEmpty(), "seed response members");
        for (String member : expected.responseMembers) {
            assertTrue(responseSyntax.contains("\"" + member + "\":"), method + " response syntax has " + member);
            String accessor = JavaIdentifiers.memberName(member, Set.of()) + "()";
            assertTrue(responseStructure.contains("- `" + accessor + "`"), method + " response structure has " + accessor);
        }
        String exceptions = page.substring(page.indexOf("\n## Exceptions\n"));
        assertFalse(expected.exceptions.isEmpty(), "seed exceptions");
        for (String exception : expected.exceptions) {
            assertTrue(exceptions.contains("- [" + exception + "](../exceptions.md#" + exception.toLowerCase(Locale.ROOT) + ")"),
                    method + " links " + exception);
        }
        assertTrue(page.contains("\n## Return type\n\n[" + method.substring(0, 1).toUpperCase(Locale.ROOT)
                + method.substring(1) + "Response](../models.md#"), method + " return type");
    }

    /** What a seed operation page (boto3 reference, as reStructuredText or flattened HTML text) shows. */
    private record SeedPage(Map<String, Boolean> parameters, Set<String> requestValues, Set<String> responseValues,
            Set<String> responseMembers, Set<String> exceptions) {
        private static final Pattern RST_PARAMETER = Pattern.compile(":param (\\w+): (\\*\\*\\[REQUIRED\\]\\*\\*)?");
        private static final Pattern TEXT_PARAMETER = Pattern.compile(
                "(\\w+) \\((?:string|dict|integer|list|boolean|long|float|double|timestamp|bytes|blob)\\) [–-] (?:- )?(\\[REQUIRED\\])?");
        private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
        private static final Pattern KEY = Pattern.compile("'(\\w+)':");
        private static final Pattern EXCEPTION = Pattern.compile("exceptions\\.(\\w+)");

        static SeedPage parse(String seed) {
            int request = seed.indexOf("Request Syntax");
            int parametersEnd = indexOfAny(seed, request, ":rtype:", "Return type");
            int response = seed.indexOf("Response Syntax", parametersEnd);
            int structure = seed.indexOf("Response Structure", response);
            int exceptions = seed.indexOf("Exceptions", structure);
            String requestPart = seed.substring(request, parametersEnd);
            String syntax = requestPart.substring(0, indexOfAny(requestPart, 0, ":type", "Parameters:"));

            Map<String, Boolean> parameters = new LinkedHashMap<>();
            Pattern pattern = requestPart.contains(":param ") ? RST_PARAMETER : TEXT_PARAMETER;
            Matcher matcher = pattern.matcher(requestPart.substring(syntax.length()));
            while (matcher.find()) {
                parameters.put(matcher.group(1), matcher.group(2) != null);
            }
            String responseSyntax = seed.substring(response, structure);
            Set<String> members = new LinkedHashSet<>();
            Matcher keys = KEY.matcher(responseSyntax);
            while (keys.find()) {
                members.add(keys.group(1));
            }
            Set<String> errors = new LinkedHashSet<>();
            Matcher names = EXCEPTION.matcher(seed.substring(exceptions));
            while (names.find()) {
                errors.add(names.group(1));
            }
            return new SeedPage(parameters, values(syntax), values(responseSyntax.replaceAll("'\\w+':", "")), members,
                    errors);
        }

        /** Quoted literals other than the placeholders and the members' own names: the enum values. */
        private static Set<String> values(String syntax) {
            Set<String> values = new LinkedHashSet<>();
            Matcher matcher = QUOTED.matcher(syntax.replaceAll("'\\w+':", ""));
            while (matcher.find()) {
                String value = matcher.group(1);
                if (!value.equals("string") && !value.isBlank()) {
                    values.add(value);
                }
            }
            return values;
        }

        private static int indexOfAny(String text, int from, String... needles) {
            int best = -1;
            for (String needle : needles) {
                int at = text.indexOf(needle, from);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                }
            }
            return best < 0 ? text.length() : best;
        }
    }

    private static String read(String seed) throws IOException {
        Path file = DocsTestData.seedsDir().resolve(seed);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static List<String[]> headings(String markdown) {
        List<String[]> headings = new ArrayList<>();
        boolean code = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                code = !code;
            }
            Matcher matcher = ATX.matcher(line);
            if (!code && matcher.matches()) {
                headings.add(new String[] {String.valueOf(matcher.group(1).length()), matcher.group(2).strip()});
            }
        }
        return headings;
    }

    private static List<String> level(List<String[]> headings, String level) {
        return headings.stream().filter(h -> h[0].equals(level)).map(h -> h[1]).toList();
    }

    private static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
