package io.shapegen.corpus;

import io.shapegen.model.ModelSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The models of {@code com.amazonaws:aws-java-sdk-models}, read from the test classpath. */
final class AwsModelsJar {
    private static final String SUFFIX = "-model.json";

    private AwsModelsJar() {
    }

    /** @return every {@code models/*-model.json} entry name, without folder and suffix, sorted */
    static List<String> names() {
        try (ZipFile zip = open()) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.startsWith("models/") && name.endsWith(SUFFIX) && name.indexOf('/', 7) < 0) {
                    names.add(name.substring(7, name.length() - SUFFIX.length()));
                }
            }
            Collections.sort(names);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param name a model name such as {@code chime-sdk-identity-2021-04-20} @return its bytes */
    static ModelSource read(String name) {
        String entry = "models/" + name + SUFFIX;
        try (ZipFile zip = open(); InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            return new ModelSource("aws-java-sdk-models!/" + entry, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ZipFile open() throws IOException {
        URL marker = AwsModelsJar.class.getClassLoader().getResource("models/chime-sdk-identity-2021-04-20" + SUFFIX);
        if (marker == null) {
            throw new IllegalStateException("com.amazonaws:aws-java-sdk-models is not on the test classpath");
        }
        JarURLConnection connection = (JarURLConnection) marker.openConnection();
        connection.setUseCaches(false);
        return new ZipFile(new java.io.File(connection.getJarFileURL().getPath()));
    }
}
