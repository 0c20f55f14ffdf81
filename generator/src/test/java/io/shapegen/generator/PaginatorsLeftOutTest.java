package io.shapegen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.generator.extension.Extensions;
import io.shapegen.generator.flavour.Flavour;
import io.shapegen.model.ModelSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paginator the generator cannot build is not dropped silently: the result says where, why and what to do. */
class PaginatorsLeftOutTest {
    private static final String PAGINATORS = """
            {
              "pagination": {
                "ListAppInstances": {
                  "input_token": "NextToken",
                  "output_token": "NextToken || Marker",
                  "limit_key": "MaxResults",
                  "result_key": "AppInstances"
                },
                "ListAppInstanceUsers": {
                  "input_token": "NextToken",
                  "output_token": "NextToken",
                  "limit_key": "MaxResults",
                  "result_key": ["AppInstanceUsers[].Name", "AppInstanceUsers"]
                },
                "ListAppInstanceBots": {
                  "input_token": "NextToken",
                  "output_token": "NextToken",
                  "limit_key": "MaxResults",
                  "result_key": "AppInstanceBots"
                }
              }
            }
            """;

    @Test
    void leftOutPaginatorsAndResultKeysAreReportedWithTheirPlaceInTheFile(@TempDir Path out) {
        Path chime = ConformanceData.dir().resolve("chime-sdk-identity");
        GenerationResult result = new Generator().generate(new GenerationRequest(
                ModelSource.read(chime.resolve("service-2.json")),
                Optional.of(new ModelSource("paginators.json", PAGINATORS.getBytes(StandardCharsets.UTF_8))),
                Flavour.standard().withBasePackage("com.example.chime"), out, Optional.empty(), Optional.empty(),
                Extensions.none()));

        List<String> iterables = result.files().stream().map(p -> p.getFileName().toString())
                .filter(name -> name.endsWith("Iterable.java")).sorted().toList();
        assertEquals(List.of("ListAppInstanceBotsIterable.java", "ListAppInstanceUsersIterable.java"), iterables);
        assertEquals(2, result.notes().size(), result.notes().toString());
        // In operation order: ListAppInstanceUsers sorts before ListAppInstances.
        assertEquals("paginators.json:9:29: the result key \"AppInstanceUsers[].Name\" of the ListAppInstanceUsers"
                + " paginator is a JMESPath expression beyond a member path, so the paginator has no item method for"
                + " it; read it from each page.", result.notes().get(0));
        String paginator = result.notes().get(1);
        assertTrue(paginator.startsWith("paginators.json:3:25: the paginator of ListAppInstances is left out: its tokens"
                + " (NextToken from NextToken || Marker) use JMESPath beyond member paths"), paginator);
        assertTrue(paginator.endsWith("page it by passing the token back yourself."), paginator);
    }
}
