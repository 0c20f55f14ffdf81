package io.shapegen.generator;

import io.shapegen.generator.output.OutputManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Decides, without parsing the model, whether the last generation's output still stands: the manifests in the
 * source and docs roots record the same input digest, and every file they list is still there.
 */
final class UpToDateCheck {
    private UpToDateCheck() {
    }

    static Optional<GenerationResult> check(GenerationBatch batch, String digest) {
        Optional<OutputManifest> sources = current(batch.outputDirectory(), digest);
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        Optional<OutputManifest> docs = Optional.empty();
        if (batch.docsDirectory().isPresent()) {
            docs = current(batch.docsDirectory().get(), digest);
            if (docs.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new GenerationResult(sources.get().serviceName(), batch.outputDirectory(),
                paths(sources.get()), List.of(), docs.map(UpToDateCheck::paths).orElse(List.of()), List.of(), true, List.of()));
    }

    private static Optional<OutputManifest> current(Path root, String digest) {
        return OutputManifest.read(root).filter(m -> m.inputDigest().equals(digest) && m.filesPresent(root));
    }

    private static List<Path> paths(OutputManifest manifest) {
        return manifest.files().stream().map(Path::of).toList();
    }

}
