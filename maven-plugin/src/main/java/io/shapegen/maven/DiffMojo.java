package io.shapegen.maven;

import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.maven.diff.DiffReport;
import io.shapegen.maven.diff.OperationPages;
import io.shapegen.maven.diff.ReportFiles;
import io.shapegen.maven.input.InputException;
import io.shapegen.maven.input.ModelInputReader;
import io.shapegen.maven.input.ModelReference;
import io.shapegen.model.ModelException;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.ServiceModel;
import io.shapegen.model.diff.Change;
import io.shapegen.model.diff.ModelChanges;
import io.shapegen.model.diff.ModelDiff;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * Compares two versions of a service model and writes a changelog ({@code changes.md}) and a JSON report
 * ({@code changes.json}) that classify every change and mark each one breaking or not for a user of the
 * generated SDK. With {@code failOnBreaking}, a breaking change fails the build and the message lists them all.
 *
 * <p>Each version is a file or {@code groupId:artifactId:version!/path/in/jar}. It needs no project:
 * {@code mvn io.shapegen:shapegen-maven-plugin:<version>:diff -Dshapegen.diff.old=... -Dshapegen.diff.new=...}
 * works in any directory.
 */
@Mojo(
        name = "diff",
        // It only reads the two models, so it can run first in a build and fail it early.
        defaultPhase = LifecyclePhase.VALIDATE,
        // Usable from any directory, as a one-off command; Maven then supplies a stub project.
        requiresProject = false,
        // Each execution reads its own inputs and writes only under its own outputDirectory.
        threadSafe = true)
public class DiffMojo extends AbstractMojo {
    /**
     * The version the existing SDK was generated from: a {@code service-2.json} file (relative to the project
     * directory, or the current directory without a project), or {@code groupId:artifactId:version!/path/in/jar}
     * for a model inside an artifact's jar, for example
     * {@code com.amazonaws:aws-java-sdk-models:1.12.700!/models/chime-sdk-identity-2021-04-20-model.json}.
     */
    @Parameter(property = "shapegen.diff.old")
    private String oldModel;

    /** The version to move to, named like {@code oldModel}. */
    @Parameter(property = "shapegen.diff.new")
    private String newModel;

    /** Where {@code changes.md} and {@code changes.json} go. */
    @Parameter(property = "shapegen.diff.output", defaultValue = "${project.build.directory}/shapegen-diff",
            required = true)
    private File outputDirectory;

    /**
     * The URL or path of the service's generated docs folder (the one holding {@code client.md} and
     * {@code operations/}), relative to {@code outputDirectory} or absolute. When set, the changelog links every
     * operation to {@code <docsBaseUrl>/operations/<method>.md}; unset, it names them without links.
     */
    @Parameter(property = "shapegen.diff.docsBaseUrl")
    private String docsBaseUrl;

    /** Fails the build when a change is breaking, listing the breaking changes; the reports are written first. */
    @Parameter(property = "shapegen.diff.failOnBreaking", defaultValue = "false")
    private boolean failOnBreaking;

    /** Skips the comparison. */
    @Parameter(property = "shapegen.diff.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    private final RepositorySystem repositorySystem;

    /** @param repositorySystem Maven's resolver, for models inside artifacts */
    @Inject
    public DiffMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping shapegen:diff (shapegen.diff.skip is true).");
            return;
        }
        Path baseDirectory = baseDirectory();
        ServiceModel before = load(oldModel, "oldModel", "shapegen.diff.old", baseDirectory);
        ServiceModel after = load(newModel, "newModel", "shapegen.diff.new", baseDirectory);
        ModelChanges changes = ModelDiff.compare(before, after);
        DiffReport report = new DiffReport(serviceName(after), oldModel.strip(), newModel.strip(), changes,
                operationPages(after));

        Path output = outputDirectory(baseDirectory);
        try {
            ReportFiles.write(output, report);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the diff report to " + output + ": " + e.getMessage()
                    + ". Check that <outputDirectory> (property shapegen.diff.output) is writable.", e);
        }
        String changelog = shown(output.resolve(ReportFiles.CHANGELOG), baseDirectory);
        getLog().info(report.summaryLine() + "; changelog in " + changelog);
        if (changes.breaking().isEmpty()) {
            return;
        }
        if (failOnBreaking) {
            throw new MojoFailureException(report.breakingFailure(changelog));
        }
        for (Change change : changes.breaking()) {
            getLog().warn("Breaking: " + change.summary() + ". " + change.reason());
        }
    }

    private ServiceModel load(String value, String parameter, String property, Path baseDirectory)
            throws MojoFailureException {
        try {
            ModelInputReader reader = new ModelInputReader(new RepositorySystemArtifactResolver(repositorySystem,
                    session.getRepositorySession(), project.getRemoteProjectRepositories()));
            return ModelLoader.loadService(reader.read(ModelReference.parse(value, parameter, property,
                    baseDirectory)));
        } catch (InputException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (ModelException e) {
            // The message already names the file, line:column and JSON pointer; the stack trace is for -e only.
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** Links only when docs are generated, with the method names the generator gives the operations. */
    private OperationPages operationPages(ServiceModel model) {
        if (docsBaseUrl == null || docsBaseUrl.isBlank()) {
            return OperationPages.none();
        }
        try {
            return OperationPages.of(ServiceSpecResolver.resolve(model, ""), docsBaseUrl);
        } catch (RuntimeException e) {
            // Links are a convenience: a model the generator rejects still gets its changelog, without them.
            getLog().warn("No links to operation pages: the generator cannot resolve the new model ("
                    + e.getMessage() + ")");
            return OperationPages.none();
        }
    }

    private Path baseDirectory() {
        File basedir = project.getBasedir();
        return (basedir != null ? basedir.toPath() : Path.of("")).toAbsolutePath().normalize();
    }

    private Path outputDirectory(Path baseDirectory) {
        String path = outputDirectory.getPath();
        // Without a pom, Maven's stub project leaves ${project.basedir} in its build directory uninterpolated.
        String unresolved = "${project.basedir}";
        int at = path.indexOf(unresolved);
        Path output = at < 0 ? outputDirectory.toPath()
                : Path.of(baseDirectory + path.substring(at + unresolved.length()));
        return output.toAbsolutePath().normalize();
    }

    private static String serviceName(ServiceModel model) {
        return model.metadata().serviceId().isEmpty() ? model.metadata().serviceFullName()
                : model.metadata().serviceId();
    }

    /** A path inside the base directory is shown relative to it, so log lines read the same on every machine. */
    private static String shown(Path path, Path baseDirectory) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(baseDirectory) && !absolute.equals(baseDirectory)
                ? baseDirectory.relativize(absolute).toString() : absolute.toString();
    }
}
