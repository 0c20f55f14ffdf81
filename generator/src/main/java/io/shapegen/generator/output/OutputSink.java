package io.shapegen.generator.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a generation's files under one root and owns them through an {@link OutputManifest}:
 *
 * <ul>
 *   <li>only files whose bytes changed are written, so IDEs and incremental compilers see real changes only;
 *   <li>every changed file is first staged beside its target, and only when all are staged are they renamed
 *       into place: a failure while staging leaves the previous output exactly as it was;
 *   <li>files the previous generation wrote and this one does not are deleted (with the directories that
 *       become empty); files the generator never wrote are never touched;
 *   <li>no path may leave the root.
 * </ul>
 */
public final class OutputSink {
    private final Path root;

    /** @param root the directory every file goes under; created when missing */
    public OutputSink(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Writes the files, removes stale ones, and records the manifest.
     *
     * @param files the complete output of this generation
     * @param inputDigest the digest of the inputs, recorded in the manifest
     * @param serviceName the service, recorded in the manifest
     * @return the relative paths whose content changed, sorted
     * @throws IllegalArgumentException if a path would escape the root (nothing is written then)
     * @throws UncheckedIOException if writing fails (files not yet renamed into place are left as they were)
     */
    public List<Path> write(Collection<GeneratedFile> files, String inputDigest, String serviceName) {
        Map<Path, byte[]> targets = new LinkedHashMap<>();
        List<String> owned = new ArrayList<>();
        for (GeneratedFile file : files) {
            targets.put(resolveInside(file.relativePath()), file.content());
            owned.add(file.relativePath());
        }
        Optional<OutputManifest> previous = OutputManifest.read(root);
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> entry : targets.entrySet()) {
                if (!sameContent(entry.getKey(), entry.getValue())) {
                    staged.put(entry.getKey(), AtomicFiles.stage(entry.getKey(), entry.getValue()));
                }
            }
            for (Map.Entry<Path, Path> entry : staged.entrySet()) {
                AtomicFiles.commit(entry.getValue(), entry.getKey());
            }
            if (previous.isPresent()) {
                deleteStale(previous.get(), new HashSet<>(owned));
            }
            new OutputManifest(inputDigest, serviceName, owned.stream().sorted().toList()).writeTo(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write under " + root + ": " + e.getMessage(), e);
        } finally {
            for (Path temporary : staged.values()) {
                deleteQuietly(temporary);
            }
        }
        return staged.keySet().stream().map(root::relativize).sorted().toList();
    }

    /**
     * @param relativePath a path with {@code /} separators
     * @return the absolute target path
     * @throws IllegalArgumentException if the path is absolute, empty, or leaves the root
     */
    public Path resolveInside(String relativePath) {
        if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")
                || relativePath.contains(":") || relativePath.equals(OutputManifest.FILE_NAME)
                || Arrays.stream(relativePath.split("/", -1)).anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
            throw new IllegalArgumentException("Refusing to write \"" + relativePath + "\": generated paths must be plain relative paths.");
        }
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("Refusing to write \"" + relativePath + "\": it would land outside " + root + ".");
        }
        return target;
    }

    private void deleteStale(OutputManifest previous, Set<String> owned) throws IOException {
        for (String file : previous.files()) {
            if (owned.contains(file)) {
                continue;
            }
            Path stale;
            try {
                stale = resolveInside(file);
            } catch (IllegalArgumentException e) {
                continue; // a tampered manifest must not make us delete anything outside the root
            }
            if (Files.deleteIfExists(stale)) {
                deleteEmptyParents(stale.getParent());
            }
        }
    }

    private void deleteEmptyParents(Path directory) throws IOException {
        Path current = directory;
        while (current != null && current.startsWith(root) && !current.equals(root)) {
            try {
                Files.delete(current);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            current = current.getParent();
        }
    }

    private static boolean sameContent(Path target, byte[] content) throws IOException {
        return Files.isRegularFile(target) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content);
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // A leftover temporary file is harmless and named .shapegen-*.tmp; the next run does not own it.
        }
    }
}
