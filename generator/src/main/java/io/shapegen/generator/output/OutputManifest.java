package io.shapegen.generator.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one generation wrote under an output root, kept in the root as {@value #FILE_NAME}: the digest of
 * everything that shaped the output, and every file the generator owns there. Files not listed are the
 * user's and are never touched.
 *
 * @param inputDigest the hex digest of the inputs that produced the files
 * @param serviceName the service the files were generated for, for log lines
 * @param files the owned files, relative paths with {@code /}, sorted
 */
public record OutputManifest(String inputDigest, String serviceName, List<String> files) {
    /** The manifest's file name in the output root. */
    public static final String FILE_NAME = ".shapegen-manifest";

    private static final String HEADER = "# shapegen output manifest v1: files the generator owns here; do not edit";

    /** Copies the list. */
    public OutputManifest {
        files = List.copyOf(files);
    }

    /**
     * @param root an output root
     * @return the manifest in it, if there is a readable one (an unreadable one counts as none: everything is
     *     regenerated, and no file is deleted as stale)
     */
    public static Optional<OutputManifest> read(Path root) {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("digest ")
                    || !lines.get(2).startsWith("service ")) {
                return Optional.empty();
            }
            List<String> files = new ArrayList<>();
            for (String line : lines.subList(3, lines.size())) {
                if (line.startsWith("file ")) {
                    files.add(line.substring("file ".length()));
                }
            }
            return Optional.of(new OutputManifest(lines.get(1).substring("digest ".length()),
                    lines.get(2).substring("service ".length()), files));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** @return the manifest's text: deterministic, no dates */
    public byte[] toBytes() {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("digest ").append(inputDigest).append('\n')
                .append("service ").append(serviceName.replace('\n', ' ')).append('\n');
        for (String file : files) {
            text.append("file ").append(file).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param root the output root
     * @return whether every owned file is still there (a user may have deleted one)
     */
    public boolean filesPresent(Path root) {
        for (String file : files) {
            if (!Files.isRegularFile(root.resolve(file))) {
                return false;
            }
        }
        return true;
    }

    /** Writes the manifest into the root. @param root the output root */
    void writeTo(Path root) {
        try {
            Files.createDirectories(root);
            AtomicFiles.replace(root.resolve(FILE_NAME), toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + root.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }
}
