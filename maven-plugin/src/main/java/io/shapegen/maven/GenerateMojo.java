package io.shapegen.maven;

import io.shapegen.generator.GenerationRequest;
import io.shapegen.generator.flavour.Flavour;
import io.shapegen.generator.flavour.FlavourException;
import io.shapegen.generator.docs.DocsException;
import io.shapegen.generator.GenerationResult;
import io.shapegen.generator.Generator;
import io.shapegen.maven.input.InputException;
import io.shapegen.maven.input.ModelInputReader;
import io.shapegen.maven.input.ModelLocation;
import io.shapegen.maven.input.ModelParameters;
import io.shapegen.model.ModelException;
import io.shapegen.model.ModelSource;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
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
 * Generates a Java SDK from an AWS service model ({@code service-2.json}) and adds it to the compile sources.
 *
 * <p>The model is either a file ({@code model}) or an entry in an artifact's jar ({@code modelArtifact} +
 * {@code modelPath}). A model with a problem fails the build with the file, line:column and JSON pointer of the
 * problem, and leaves the output directory as it was.
 */
@Mojo(
        name = "generate",
        // Generated sources must exist before compile, and IDEs run this phase to import them.
        defaultPhase = LifecyclePhase.GENERATE_SOURCES,
        // Each execution builds its own Generator and writes only under its own outputDirectory.
        threadSafe = true)
public class GenerateMojo extends AbstractMojo {
    /**
     * The service model file ({@code service-2.json}). Set this or {@code modelArtifact}, not both.
     */
    @Parameter(property = "shapegen.model")
    private File model;

    /**
     * The {@code groupId:artifactId:version} of a jar that holds the model, for example
     * {@code com.amazonaws:aws-java-sdk-models:1.12.797}; {@code modelPath} names the file inside it. Resolved
     * from the project's repositories. Set this or {@code model}, not both.
     */
    @Parameter(property = "shapegen.modelArtifact")
    private String modelArtifact;

    /**
     * The model's path inside the {@code modelArtifact} jar, for example
     * {@code models/chime-sdk-identity-2021-04-20-model.json}.
     */
    @Parameter(property = "shapegen.modelPath")
    private String modelPath;

    /** The paginators file ({@code paginators-1.json}); without it no paginators are generated. */
    @Parameter(property = "shapegen.paginators")
    private File paginators;

    /**
     * The Java package of the client; model classes go to {@code <basePackage>.model}. Empty derives it from
     * the service id: {@code io.shapegen.services.<serviceid>}.
     */
    @Parameter(property = "shapegen.basePackage")
    private String basePackage;

    /** Where the generated Java sources go. It is added to the project's compile source roots. */
    @Parameter(property = "shapegen.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/shapegen", required = true)
    private File outputDirectory;

    /**
     * The built-in flavour to start from: {@code standard} (AWS SDK v2 style, the default) or {@code records}
     * (Java records with builders). See docs/flavours.md.
     */
    @Parameter(property = "shapegen.flavour")
    private String flavour;

    /**
     * A flavour file, JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}), whose options are layered over
     * the built-in flavour. An unknown option or a bad value fails the build with the file, line and the valid
     * options.
     */
    @Parameter(property = "shapegen.flavourFile")
    private File flavourFile;

    /**
     * Flavour options written in the pom, layered over the flavour file: for example
     * {@code <modelStyle>records</modelStyle>}. Lists are comma-separated, maps are {@code From=To} pairs.
     */
    @Parameter
    private Map<String, String> flavourOptions;

    /** Whether to generate the Markdown docs (README, client, one page per operation, models, enums, ...). */
    @Parameter(property = "shapegen.generateDocs", defaultValue = "true")
    private boolean generateDocs;

    /**
     * Where the Markdown docs go: an index {@code README.md}, and the service's pages in a folder named after
     * the service (for example {@code chime-sdk-identity/}).
     */
    @Parameter(property = "shapegen.docsDirectory", defaultValue = "${project.build.directory}/generated-docs/shapegen",
            required = true)
    private File docsDirectory;

    /**
     * A folder of Velocity templates that replace the built-in docs templates of the same file name (for example
     * {@code client.md.vm}); the others fall back to the built-in ones. See docs/templates.md for the context.
     */
    @Parameter(property = "shapegen.docsTemplateDirectory")
    private File docsTemplateDirectory;

    /** Skips generation, and does not add the output directory to the compile sources. */
    @Parameter(property = "shapegen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    private final RepositorySystem repositorySystem;

    /** @param repositorySystem Maven's resolver, for {@code modelArtifact} */
    @Inject
    public GenerateMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping shapegen:generate (shapegen.skip is true).");
            return;
        }
        ModelSource modelSource;
        Optional<ModelSource> paginatorsSource;
        try {
            ModelInputReader reader = new ModelInputReader(new RepositorySystemArtifactResolver(
                    repositorySystem, session.getRepositorySession(), project.getRemoteProjectRepositories()));
            modelSource = reader.read(ModelParameters.locate(model, modelArtifact, modelPath));
            paginatorsSource = paginators == null ? Optional.empty()
                    : Optional.of(reader.read(new ModelLocation.InFile(paginators.toPath(), "paginators")));
        } catch (InputException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }

        Flavour resolvedFlavour;
        try {
            resolvedFlavour = new FlavourParameters(flavour, flavourFile, flavourOptions, basePackage).resolve();
        } catch (FlavourException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        GenerationRequest request = new GenerationRequest(modelSource, paginatorsSource, resolvedFlavour,
                outputDirectory.toPath(), generateDocs ? Optional.of(docsDirectory.toPath()) : Optional.empty(),
                Optional.ofNullable(docsTemplateDirectory).map(File::toPath));
        GenerationResult result;
        try {
            result = new Generator().generate(request);
        } catch (ModelException e) {
            // The message already names the file, line:column and JSON pointer; the stack trace is for -e only.
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // A basePackage that is not a Java package name; the message says which segment and what to use.
            throw new MojoFailureException(e.getMessage(), e);
        } catch (DocsException e) {
            // A template override that does not render, or two headings with the same anchor.
            throw new MojoFailureException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Cannot write the generated sources to " + outputDirectory + ": "
                    + e.getCause().getMessage() + ". Check that the directory is writable.", e);
        }

        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        getLog().info(GenerationSummary.of(result, project.getBasedir().toPath()).line());
        result.notes().forEach(getLog()::warn);
    }
}
