package io.shapegen.maven.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes the report files: each one only when its bytes change, through a temporary file beside it and a rename,
 * so a reader never sees a half-written report.
 */
public final class ReportFiles {
    /** The changelog's file name. */
    public static final String CHANGELOG = "changes.md";
    /** The JSON report's file name. */
    public static final String JSON_REPORT = "changes.json";

    private ReportFiles() {
    }

    /**
     * @param directory where the files go; created when missing
     * @param report the report to write as {@value #CHANGELOG} and {@value #JSON_REPORT}
     * @throws IOException if a file cannot be written
     */
    public static void write(Path directory, DiffReport report) throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, String> file : Map.of(CHANGELOG, ChangelogMarkdown.render(report),
                JSON_REPORT, ChangeReportJson.render(report)).entrySet()) {
            write(directory.resolve(file.getKey()), file.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void write(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
