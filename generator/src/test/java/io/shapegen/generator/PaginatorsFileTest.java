package io.shapegen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shapegen.generator.flavour.Flavour;
import io.shapegen.generator.flavour.FlavourResolver;
import io.shapegen.model.ModelSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paginators file given to the generator (as the plugin's paginators parameter does) is used, not ignored. */
class PaginatorsFileTest {

    private static List<String> paginatorFiles(Path out, Flavour flavour, boolean withFile) {
        Path chime = ConformanceData.dir().resolve("chime-sdk-identity");
        GenerationResult result = new Generator().generate(new GenerationRequest(ModelSource.read(chime.resolve("service-2.json")),
                withFile ? Optional.of(ModelSource.read(chime.resolve("paginators-1.aws-sdks.json"))) : Optional.empty(),
                flavour, out, Optional.empty(), Optional.empty(), io.shapegen.generator.extension.Extensions.none()));
        return result.files().stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Iterable.java")).sorted().toList();
    }

    @Test
    void theFileModeUsesTheGivenFile(@TempDir Path out) {
        Flavour fileOnly = FlavourResolver.resolve(Optional.empty(),
                List.of(FlavourResolver.inline("test", Map.of("paginators", "file", "async", "false"))));
        assertEquals(List.of("ListAppInstanceAdminsIterable.java", "ListAppInstanceBotsIterable.java",
                "ListAppInstanceUserEndpointsIterable.java", "ListAppInstanceUsersIterable.java", "ListAppInstancesIterable.java"),
                paginatorFiles(out.resolve("with"), fileOnly, true));
        assertEquals(List.of(), paginatorFiles(out.resolve("without"), fileOnly, false), "file mode without a file: none");
    }
}
