package io.shapegen.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The runtime classpath of each client: jars and bytes, as Maven resolved them. */
final class ClasspathReport {
    private ClasspathReport() {
    }

    /** @return the section: the table and the Shapegen jars' names */
    static String of(Modules modules) {
        Predicate<Path> notBench = Modules.BENCH_ONLY.negate();
        List<Path> shapegen = modules.jars("client-shapegen").stream().filter(notBench).toList();
        List<Path> shapegenLibraries = shapegen.stream().filter(jar -> !name(jar).startsWith("shapegen-generated-sample"))
                .toList();
        List<Path> aws = modules.jars("client-aws").stream().filter(notBench).toList();
        Table table = new Table("runtime classpath of the chime client", "jars", "bytes", "of which the service's own jar");
        table.row("**Shapegen** (shapegen-runtime + jackson-core)", count(shapegenLibraries), bytes(shapegenLibraries), "—");
        table.row("Shapegen with the generated chime jar", count(shapegen), bytes(shapegen),
                bytes(shapegen.stream().filter(jar -> name(jar).startsWith("shapegen-generated-sample")).toList()));
        List<Path> awsDefault = aws.stream().filter(jar -> !name(jar).startsWith("url-connection-client")).toList();
        table.row("AWS SDK 2.40.2 chimesdkidentity, default dependencies (Apache and Netty clients)", count(awsDefault),
                bytes(awsDefault), bytes(aws.stream().filter(jar -> name(jar).startsWith("chimesdkidentity")).toList()));
        List<Path> awsUrl = awsClasspath(aws, "url");
        table.row("AWS SDK, url-connection-client only (Apache and Netty excluded)", count(awsUrl), bytes(awsUrl),
                bytes(aws.stream().filter(jar -> name(jar).startsWith("chimesdkidentity")).toList()));
        List<Path> awsApache = awsClasspath(aws, "apache");
        table.row("AWS SDK, apache-client only (Netty excluded)", count(awsApache), bytes(awsApache),
                bytes(aws.stream().filter(jar -> name(jar).startsWith("chimesdkidentity")).toList()));
        return "## Runtime classpath\n\n" + table + "\nShapegen jars: " + names(shapegen) + ".\n\n";
    }

    /** @return the AWS SDK jars a user of one HTTP client ships: the other clients' jars excluded */
    static List<Path> awsClasspath(List<Path> jars, String http) {
        Predicate<Path> apache = jar -> Stream.of("apache-client-", "httpclient-", "httpcore-", "commons-logging-",
                "commons-codec-").anyMatch(name(jar)::startsWith);
        Predicate<Path> netty = jar -> name(jar).startsWith("netty-");
        Predicate<Path> url = jar -> name(jar).startsWith("url-connection-client-");
        Predicate<Path> excluded = http.equals("url") ? apache.or(netty) : url.or(netty);
        return jars.stream().filter(Modules.BENCH_ONLY.negate()).filter(excluded.negate()).toList();
    }

    static String name(Path jar) {
        return jar.getFileName().toString();
    }

    private static String count(List<Path> jars) {
        return Integer.toString(jars.size());
    }

    private static String bytes(List<Path> jars) {
        long total = 0;
        for (Path jar : jars) {
            try {
                total += Files.size(jar);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return String.format(Locale.ROOT, "%,d (%.2f MB)", total, total / 1e6);
    }

    private static String names(List<Path> jars) {
        return String.join(", ", jars.stream().map(ClasspathReport::name).toList());
    }
}
