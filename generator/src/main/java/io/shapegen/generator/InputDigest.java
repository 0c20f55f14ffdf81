package io.shapegen.generator;

import io.shapegen.generator.flavour.Flavour;
import io.shapegen.model.ModelSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The SHA-256 of everything that shapes a generation's output: the model and paginators bytes, every option,
 * the docs templates, and the generator itself (its version and the fingerprint of its classes that the build
 * recorded, so a rebuilt snapshot with any change regenerates too). Equal digests mean byte-identical output.
 */
final class InputDigest {
    private InputDigest() {
    }

    /** @return the digest of a batch: every request's, in order */
    static String of(List<GenerationRequest> requests) {
        if (requests.size() == 1) {
            return of(requests.get(0));
        }
        MessageDigest digest = sha256();
        for (GenerationRequest request : requests) {
            field(digest, "request", of(request));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String of(GenerationRequest request) {
        MessageDigest digest = sha256();
        field(digest, "generator", GeneratorVersion.fingerprint());
        source(digest, "model", request.model());
        request.paginators().ifPresentOrElse(p -> source(digest, "paginators", p), () -> field(digest, "paginators", ""));
        flavour(digest, request.flavour());
        field(digest, "docs", request.effectiveDocsDirectory().isPresent() ? "on" : "off");
        field(digest, "extensions", String.join(",", request.extensions().ids()));
        request.docsTemplateDirectory().ifPresent(dir -> templates(digest, dir));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Every option of the flavour, written out one by one: a record's {@code toString} would do, but its first call
     * in a JVM costs ~20 ms of method-handle set-up, which is most of a no-op build's check. InputDigestTest
     * checks that a change to any component of {@link Flavour} changes the digest.
     */
    private static void flavour(MessageDigest digest, Flavour flavour) {
        field(digest, "flavour", flavour.name());
        field(digest, "flavour.basePackage", flavour.basePackage());
        field(digest, "flavour.clientName", flavour.clientName());
        field(digest, "flavour.modelStyle", flavour.modelStyle().name());
        field(digest, "flavour.accessorStyle", flavour.accessorStyle().name());
        field(digest, "flavour.async", Boolean.toString(flavour.async()));
        field(digest, "flavour.paginators", flavour.paginators().isPresent() ? flavour.paginators().get().name() : "");
        texts(digest, "flavour.includeOperations", flavour.includeOperations());
        texts(digest, "flavour.excludeOperations", flavour.excludeOperations());
        pairs(digest, "flavour.renameShapes", flavour.renameShapes());
        pairs(digest, "flavour.renameMembers", flavour.renameMembers());
        field(digest, "flavour.nullabilityAnnotations", flavour.nullabilityAnnotations().name());
        field(digest, "flavour.docs", Boolean.toString(flavour.docs()));
    }

    private static void texts(MessageDigest digest, String name, List<String> texts) {
        field(digest, name, Integer.toString(texts.size()));
        for (String text : texts) {
            field(digest, name, text);
        }
    }

    private static void pairs(MessageDigest digest, String name, Map<String, String> pairs) {
        field(digest, name, Integer.toString(pairs.size()));
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            field(digest, name, pair.getKey());
            field(digest, name, pair.getValue());
        }
    }

    private static void templates(MessageDigest digest, Path directory) {
        field(digest, "templates", directory.toAbsolutePath().normalize().toString());
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                field(digest, "template " + file.getFileName(), "");
                digest.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the docs templates in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void source(MessageDigest digest, String name, ModelSource source) {
        field(digest, name, Integer.toString(source.content().length));
        digest.update(source.content());
    }

    /** Length-prefixed so that no two different field sequences hash the same bytes. */
    private static void field(MessageDigest digest, String name, String value) {
        byte[] bytes = (name + "=" + value).getBytes(StandardCharsets.UTF_8);
        digest.update((byte) (bytes.length >>> 24));
        digest.update((byte) (bytes.length >>> 16));
        digest.update((byte) (bytes.length >>> 8));
        digest.update((byte) bytes.length);
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
