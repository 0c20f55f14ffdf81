package io.shapegen.generator.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Writes rendered files under one root: only files whose bytes changed, each through a temporary file
 * and an atomic rename, and never outside the root.
 */
public final class OutputSink {
    private final Path root;

    /** @param root the directory every file goes under; created when missing */
    public OutputSink(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Checks every path first, then writes.
     *
     * @param files the files to write
     * @return the relative paths whose content changed, in the given order
     * @throws IllegalArgumentException if a path would escape the root (nothing is written then)
     * @throws UncheckedIOException if writing fails
     */
    public List<Path> write(Collection<GeneratedFile> files) {
        List<Path> targets = new ArrayList<>(files.size());
        for (GeneratedFile file : files) {
            targets.add(resolveInside(file.relativePath()));
        }
        List<Path> changed = new ArrayList<>();
        int i = 0;
        for (GeneratedFile file : files) {
            Path target = targets.get(i++);
            if (writeIfChanged(target, file.content())) {
                changed.add(root.relativize(target));
            }
        }
        return changed;
    }

    /**
     * @param relativePath a path with {@code /} separators
     * @return the absolute target path
     * @throws IllegalArgumentException if the path is absolute, empty, or leaves the root
     */
    public Path resolveInside(String relativePath) {
        if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")
                || Arrays.stream(relativePath.split("/")).anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
            throw new IllegalArgumentException("Refusing to write \"" + relativePath + "\": generated paths must be plain relative paths.");
        }
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("Refusing to write \"" + relativePath + "\": it would land outside " + root + ".");
        }
        return target;
    }

    private static boolean writeIfChanged(Path target, byte[] content) {
        try {
            if (Files.isRegularFile(target) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                return false;
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".shapegen-", ".tmp");
            try {
                Files.write(temporary, content);
                moveIntoPlace(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
