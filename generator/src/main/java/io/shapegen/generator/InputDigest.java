package io.shapegen.generator;

import io.shapegen.model.ModelSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of everything that shapes a generation's output: the model and paginators bytes, every option,
 * the docs templates, and the generator itself (its version and, when it runs from a jar, the jar's bytes, so
 * a rebuilt snapshot regenerates too). Equal digests mean byte-identical output.
 */
final class InputDigest {
    private static final String GENERATOR_FINGERPRINT = generatorFingerprint();

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
        field(digest, "generator", GENERATOR_FINGERPRINT);
        source(digest, "model", request.model());
        request.paginators().ifPresentOrElse(p -> source(digest, "paginators", p), () -> field(digest, "paginators", ""));
        // The record's text lists every option in a fixed order; options are texts, enums, lists and ordered maps.
        field(digest, "flavour", request.flavour().toString());
        field(digest, "docs", request.effectiveDocsDirectory().isPresent() ? "on" : "off");
        field(digest, "extensions", String.join(",", request.extensions().ids()));
        request.docsTemplateDirectory().ifPresent(dir -> templates(digest, dir));
        return HexFormat.of().formatHex(digest.digest());
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

    private static String generatorFingerprint() {
        String version = GeneratorVersion.get();
        try {
            Path location = Path.of(InputDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                MessageDigest digest = sha256();
                try (InputStream in = Files.newInputStream(location)) {
                    byte[] buffer = new byte[65536];
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        digest.update(buffer, 0, read);
                    }
                }
                return version + "+" + HexFormat.of().formatHex(digest.digest());
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Classes from a directory (tests, IDEs): the version alone; generation is cheap there anyway.
        }
        return version;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
