package io.shapegen.bench.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The no-op incremental build: a small project that applies {@code shapegen:generate} to chime-sdk-identity
 * (sources and docs) is built once, then {@code mvn -o generate-sources} runs again and again with nothing
 * changed. Measures the whole {@code mvn} process, the mojo's time in Maven's log (from Maven's line announcing
 * the execution to the mojo's summary line, both stamped to the millisecond by Maven's logger, so resolving the
 * plugin's dependencies, creating its class realm and configuring it are included), and {@code execute()} alone,
 * which the summary line reports.
 */
final class MojoNoop {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final Pattern TOOK = Pattern.compile("; (\\d+) ms$");
    private static final Pattern LINE = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d) \\[\\w+\\] (.*)$");

    /**
     * @param mvnProcess whole {@code mvn} runs, ms
     * @param mojo from Maven's line announcing the execution to the mojo's summary line, ms
     * @param execute the mojo's {@code execute()} alone, as its summary line reports it, ms
     * @param summary the mojo's last summary line
     */
    record Samples(List<Double> mvnProcess, List<Double> mojo, List<Double> execute, String summary) {
    }

    private MojoNoop() {
    }

    static Samples run(Path project, String version, int runs) throws IOException, InterruptedException {
        Files.createDirectories(project);
        Files.writeString(project.resolve("pom.xml"), pom(version), StandardCharsets.UTF_8);
        List<Double> process = new ArrayList<>();
        List<Double> mojo = new ArrayList<>();
        List<Double> execute = new ArrayList<>();
        String summary = "";
        for (int run = -1; run < runs; run++) {
            long start = System.nanoTime();
            List<String> lines = mvn(project);
            double total = (System.nanoTime() - start) / 1e6;
            if (run < 0) {
                continue; // the first build generates; the measured ones find everything up to date
            }
            LocalTime begin = null;
            LocalTime end = null;
            for (String line : lines) {
                Matcher m = LINE.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                if (m.group(2).contains("shapegen-maven-plugin") && m.group(2).contains(":generate")) {
                    begin = LocalTime.parse(m.group(1), STAMP);
                } else if (begin != null && end == null) {
                    end = LocalTime.parse(m.group(1), STAMP);
                    summary = m.group(2);
                }
            }
            if (begin == null || end == null) {
                throw new IllegalStateException("No shapegen:generate execution in the mvn output:\n"
                        + String.join("\n", lines));
            }
            Matcher took = TOOK.matcher(summary);
            if (!took.find()) {
                throw new IllegalStateException("The summary line does not end in \"; <n> ms\": " + summary);
            }
            process.add(total);
            mojo.add(java.time.Duration.between(begin, end).toNanos() / 1e6);
            execute.add(Double.parseDouble(took.group(1)));
        }
        return new Samples(process, mojo, execute, summary);
    }

    private static List<String> mvn(Path project) throws IOException, InterruptedException {
        List<String> command = List.of("mvn", "-o", "-B", "-Dstyle.color=never",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS", "generate-sources");
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("mvn generate-sources failed in " + project + ":\n" + String.join("\n", lines));
        }
        return lines;
    }

    private static String pom(String version) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.shapegen.bench</groupId>
                  <artifactId>noop-incremental</artifactId>
                  <version>1</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.shapegen</groupId>
                        <artifactId>shapegen-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <goals>
                              <goal>generate</goal>
                            </goals>
                            <configuration>
                              <modelArtifact>com.amazonaws:aws-java-sdk-models:1.12.797</modelArtifact>
                              <modelPath>models/chime-sdk-identity-2021-04-20-model.json</modelPath>
                              <basePackage>io.shapegen.bench.chime</basePackage>
                            </configuration>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version);
    }
}
