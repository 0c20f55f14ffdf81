package io.shapegen.maven.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarNamesTest {
    @Test
    void rareSharedWordsRankFirstAndCommonOnesAloneDoNotCount() {
        List<String> names = List.of("models/s3-model.json", "models/chime-model.json",
                "models/chime-sdk-identity-model.json", "models/sqs-model.json");

        assertEquals(List.of("models/chime-sdk-identity-model.json", "models/chime-model.json"),
                SimilarNames.closestTo("models/chime-identity.json", names, 5));
    }

    @Test
    void commonWordsAloneSuggestNothing() {
        List<String> names = List.of("models/s3-model.json", "models/sqs-model.json", "models/sns-model.json");

        assertEquals(List.of(), SimilarNames.closestTo("models/lambda-model.json", names, 5));
    }

    @Test
    void keepsAtMostTheLimit() {
        List<String> names = List.of("a-xy.json", "b-xy.json", "c-xy.json", "d.json", "e.json", "f.json", "g.json");

        assertEquals(List.of("a-xy.json", "b-xy.json"), SimilarNames.closestTo("xy", names, 2));
    }

    @Test
    void ignoresCase() {
        assertEquals(List.of("Models/Chime.JSON"),
                SimilarNames.closestTo("models/chime.json", List.of("Models/Chime.JSON", "other/thing.txt"), 5));
    }

    @Test
    void aShorterNameWinsATie() {
        List<String> names = List.of("models/chime-intermediate.json", "models/chime-model.json", "models/s3.json",
                "models/sqs.json");

        assertEquals(List.of("models/chime-model.json", "models/chime-intermediate.json"),
                SimilarNames.closestTo("chime", names, 5));
    }
}
