package io.shapegen.corpus;

import io.shapegen.runtime.SdkBytes;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a tree of generated sources with {@code -Xlint:all -Werror} against the runtime, in this JVM. */
final class JavacRunner {
    private JavacRunner() {
    }

    /**
     * @param sources a directory of {@code .java} files
     * @param classes where the class files go
     * @return every diagnostic, formatted; empty when the code compiled without a warning
     */
    static List<String> compile(Path sources, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
                Stream<Path> walk = Files.walk(sources)) {
            List<File> java = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).sorted().toList();
            Files.createDirectories(classes);
            List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-encoding", "UTF-8",
                    "-proc:none", "-classpath", runtimeClasspath(), "-d", classes.toString());
            boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(java)).call();
            List<String> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                messages.add(d.getKind() + " " + (d.getSource() == null ? "" : sources.relativize(Path.of(d.getSource().toUri())))
                        + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
            }
            if (!ok && messages.isEmpty()) {
                messages.add("javac failed without a diagnostic");
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String runtimeClasspath() {
        try {
            return Path.of(SdkBytes.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString()
                    + File.pathSeparator + Path.of(com.fasterxml.jackson.core.JsonFactory.class.getProtectionDomain()
                            .getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
