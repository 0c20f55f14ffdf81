package io.shapegen.generator.output;

import io.shapegen.generator.work.InParallel;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a generation's files under one root and owns them through an {@link OutputManifest}:
 *
 * <ul>
 *   <li>only files whose bytes changed are written, so IDEs and incremental compilers see real changes only;
 *   <li>every changed file is first staged beside its target, and only when all are staged are they renamed
 *       into place: a failure while staging leaves the previous output exactly as it was (files are compared,
 *       staged and renamed on every core; the outcome does not depend on the order);
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
        // Comparing and staging are independent per file, and so are the renames: both run on every core.
        Folders folders = new Folders();
        List<Staging> stagings = InParallel.map(new ArrayList<>(targets.entrySet()),
                entry -> Staging.of(entry.getKey(), entry.getValue(), folders));
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Staging staging : stagings) {
                staging.temporary().ifPresent(temporary -> staged.put(staging.target(), temporary));
            }
            for (Staging staging : stagings) {
                if (staging.failure().isPresent()) {
                    throw staging.failure().get();
                }
            }
            InParallel.map(new ArrayList<>(staged.entrySet()), entry -> commit(entry.getValue(), entry.getKey()));
            if (previous.isPresent()) {
                deleteStale(previous.get(), new HashSet<>(owned));
            }
            new OutputManifest(inputDigest, serviceName, owned.stream().sorted().toList()).writeTo(root);
        } catch (IOException e) {
            throw cannotWrite(e);
        } finally {
            for (Path temporary : staged.values()) {
                deleteQuietly(temporary);
            }
        }
        return staged.keySet().stream().map(root::relativize).sorted().toList();
    }

    /** One file's staging: a temporary file holding its new bytes, none when they are unchanged, or a failure. */
    private record Staging(Path target, Optional<Path> temporary, Optional<IOException> failure) {
        static Staging of(Path target, byte[] content, Folders folders) {
            try {
                if (sameContent(target, content)) {
                    return new Staging(target, Optional.empty(), Optional.empty());
                }
                folders.create(target.getParent());
                return new Staging(target, Optional.of(AtomicFiles.stage(target, content)), Optional.empty());
            } catch (IOException e) {
                return new Staging(target, Optional.empty(), Optional.of(e));
            }
        }
    }

    /** The folders one write has made sure of: each is created (or found) once, not once per file in it. */
    private static final class Folders {
        private final Map<Path, Optional<IOException>> done = new ConcurrentHashMap<>();

        void create(Path folder) throws IOException {
            Optional<IOException> failure = done.computeIfAbsent(folder, Folders::createNow);
            if (failure.isPresent()) {
                throw failure.get();
            }
        }

        private static Optional<IOException> createNow(Path folder) {
            try {
                Files.createDirectories(folder);
                return Optional.empty();
            } catch (IOException e) {
                return Optional.of(e);
            }
        }
    }

    private Path commit(Path temporary, Path target) {
        try {
            AtomicFiles.commit(temporary, target);
            return target;
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    private UncheckedIOException cannotWrite(IOException e) {
        return new UncheckedIOException("Cannot write under " + root + ": " + e.getMessage(), e);
    }

    /**
     * @param relativePath a path with {@code /} separators
     * @return the absolute target path
     * @throws IllegalArgumentException if the path is absolute, empty, leaves the root, or has the name of a file
     *     being staged
     */
    public Path resolveInside(String relativePath) {
        if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")
                || relativePath.contains(":") || relativePath.equals(OutputManifest.FILE_NAME)
                || Arrays.stream(relativePath.split("/", -1)).anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
            throw new IllegalArgumentException("Refusing to write \"" + relativePath + "\": generated paths must be plain relative paths.");
        }
        if (relativePath.endsWith(AtomicFiles.TEMPORARY_SUFFIX)) {
            throw new IllegalArgumentException("Refusing to write \"" + relativePath + "\": names ending in "
                    + AtomicFiles.TEMPORARY_SUFFIX + " are reserved for files being written.");
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
            // A leftover .<name>.shapegen-tmp is harmless: the next run that stages that file overwrites it.
        }
    }
}
