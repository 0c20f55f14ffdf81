package io.shapegen.bench.generator;

import io.shapegen.generator.GenerationRequest;
import io.shapegen.generator.GenerationResult;
import io.shapegen.generator.Generator;
import io.shapegen.model.ModelSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Every model of {@code com.amazonaws:aws-java-sdk-models} (381 in 1.12.797) to Java sources and Markdown docs
 * on disk, in this one JVM, on a pool of threads. Prints one line:
 * {@code CORPUS models=N files=F seconds=S}, timed from the first model read to the last file written.
 */
public final class CorpusRun {
    private static final String SUFFIX = "-model.json";

    private CorpusRun() {
    }

    /**
     * @param args the output folder (must not exist or be empty) and the number of threads
     * @throws Exception if a model fails to generate
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        AtomicLong files = new AtomicLong();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        try (ZipFile zip = modelsJar()) {
            List<String> entries = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.startsWith("models/") && name.endsWith(SUFFIX) && name.indexOf('/', 7) < 0) {
                    entries.add(name);
                }
            }
            Collections.sort(entries);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> tasks = new ArrayList<>();
            for (String entry : entries) {
                tasks.add(pool.submit(() -> {
                    String name = entry.substring(7, entry.length() - SUFFIX.length());
                    try {
                        ModelSource model = new ModelSource(entry, read(zip, entry));
                        Path folder = out.resolve(name);
                        GenerationResult result = new Generator().generate(GenerationRequest.standard(model,
                                Optional.empty(), "", folder.resolve("java"), Optional.of(folder.resolve("docs"))));
                        files.addAndGet(result.files().size() + result.docsFiles().size());
                    } catch (RuntimeException | IOException e) {
                        failures.add(name + ": " + e);
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!failures.isEmpty()) {
                throw new IllegalStateException(failures.size() + " models failed: " + failures);
            }
            System.out.printf(java.util.Locale.ROOT, "CORPUS models=%d files=%d seconds=%.2f threads=%d%n",
                    entries.size(), files.get(), seconds, threads);
        }
    }

    private static byte[] read(ZipFile zip, String entry) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            return in.readAllBytes();
        }
    }

    private static ZipFile modelsJar() throws IOException {
        URL marker = CorpusRun.class.getClassLoader().getResource("models/chime-sdk-identity-2021-04-20" + SUFFIX);
        if (marker == null) {
            throw new IllegalStateException("com.amazonaws:aws-java-sdk-models is not on the classpath");
        }
        JarURLConnection connection = (JarURLConnection) marker.openConnection();
        connection.setUseCaches(false);
        return new ZipFile(new java.io.File(connection.getJarFileURL().getPath()));
    }
}
