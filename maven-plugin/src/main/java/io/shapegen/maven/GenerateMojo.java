package io.shapegen.maven;

import io.shapegen.generator.GenerationRequest;
import io.shapegen.generator.GenerationResult;
import io.shapegen.generator.Generator;
import io.shapegen.generator.docs.DocsException;
import io.shapegen.generator.extension.Extensions;
import io.shapegen.generator.extension.GeneratorExtension;
import io.shapegen.generator.flavour.Flavour;
import io.shapegen.generator.flavour.FlavourException;
import io.shapegen.maven.input.InputException;
import io.shapegen.maven.input.ModelInputReader;
import io.shapegen.maven.input.ModelLocation;
import io.shapegen.maven.input.ModelParameters;
import io.shapegen.model.ModelException;
import io.shapegen.model.ModelSource;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
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

    /**
     * The paginators file ({@code paginators-1.json}). Without it, paginators are inferred from operations with
     * a next-token member (the flavour option {@code paginators}: file, inferred or off).
     */
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

    /**
     * Several models generated in one execution, each into its own package, instead of {@code model} /
     * {@code modelArtifact}. Each {@code <model>} entry takes {@code model} or {@code modelArtifact} +
     * {@code modelPath}, and optionally {@code paginators}, {@code basePackage}, {@code flavourFile} and
     * {@code flavourOptions}, layered over this execution's {@code flavour}, {@code flavourFile},
     * {@code flavourOptions} and {@code basePackage}. The execution's own {@code model}, {@code modelArtifact},
     * {@code modelPath} and {@code paginators} must then be unset. All models share {@code outputDirectory} and
     * {@code docsDirectory}; give each its own {@code basePackage}.
     */
    @Parameter
    private List<ModelEntry> models;

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
        long start = System.nanoTime();
        if (skip) {
            getLog().info("Skipping shapegen:generate (shapegen.skip is true).");
            return;
        }
        List<GenerationRequest> requests;
        try {
            requests = requests();
        } catch (InputException | FlavourException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (ServiceConfigurationError e) {
            // A jar in the plugin's <dependencies> registers an extension that cannot be loaded.
            throw new MojoExecutionException("Cannot load a generator extension from the plugin's <dependencies>: "
                    + e.getMessage() + ". Check that META-INF/services/" + GeneratorExtension.class.getName()
                    + " names a public class with a public no-argument constructor that implements "
                    + GeneratorExtension.class.getSimpleName() + ", built against this plugin's version.", e);
        }
        List<GenerationResult> results;
        try {
            results = new Generator().generateAll(requests);
        } catch (ModelException e) {
            // The message already names the file, line:column and JSON pointer; the stack trace is for -e only.
            throw new MojoFailureException(e.getMessage(), e);
        } catch (FlavourException e) {
            // A valid flavour that does not fit this model (an operation or shape it lacks, options that exclude
            // each other); the message names the option and suggests the model's names.
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // A basePackage that is not a Java package name, two <models> that would write the same file, or an
            // extension's file outside the output directory; the message says what and what to do.
            throw new MojoFailureException(e.getMessage(), e);
        } catch (DocsException e) {
            // A template override that does not render, or two headings with the same anchor.
            throw new MojoFailureException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Cannot write the generated sources to " + outputDirectory + ": "
                    + e.getCause().getMessage() + ". Check that the directory is writable.", e);
        }

        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        for (int i = 0; i < results.size(); i++) {
            GenerationResult result = results.get(i);
            String line = GenerationSummary.of(result, project.getBasedir().toPath()).line();
            // The last line also says how long the whole execution took (docs/performance.md reads it).
            getLog().info(i < results.size() - 1 ? line : line + "; " + (System.nanoTime() - start) / 1_000_000 + " ms");
            for (String note : result.notes()) {
                getLog().warn(note);
            }
        }
    }

    /** One request per model: the {@code model}/{@code modelArtifact} parameters, or each {@code <models>} entry. */
    private List<GenerationRequest> requests() throws InputException {
        ModelInputReader reader = new ModelInputReader(new RepositorySystemArtifactResolver(
                repositorySystem, session.getRepositorySession(), project.getRemoteProjectRepositories()));
        Optional<java.nio.file.Path> docs = generateDocs ? Optional.of(docsDirectory.toPath()) : Optional.empty();
        Optional<java.nio.file.Path> templates = Optional.ofNullable(docsTemplateDirectory).map(File::toPath);
        Extensions extensions = Extensions.load(getClass().getClassLoader());
        List<GenerationRequest> requests = new ArrayList<>();
        if (models == null || models.isEmpty()) {
            ModelSource source = reader.read(ModelParameters.locate(model, modelArtifact, modelPath));
            Flavour resolved = new FlavourParameters(flavour, flavourFile, flavourOptions, basePackage).resolve();
            requests.add(new GenerationRequest(source, paginators(reader, paginators), resolved, outputDirectory.toPath(),
                    docs, templates, extensions));
            return requests;
        }
        List<String> single = new ArrayList<>();
        if (model != null && !model.getPath().isBlank()) {
            single.add("<model>");
        }
        if (modelArtifact != null && !modelArtifact.isBlank()) {
            single.add("<modelArtifact>");
        }
        if (modelPath != null && !modelPath.isBlank()) {
            single.add("<modelPath>");
        }
        if (paginators != null) {
            single.add("<paginators>");
        }
        if (!single.isEmpty()) {
            throw new InputException("Both <models> and " + String.join(", ", single) + " are set. With <models>, "
                    + "name every model (and its paginators) in its own <model> entry, and remove "
                    + String.join(", ", single) + " from the execution.");
        }
        for (int i = 0; i < models.size(); i++) {
            ModelEntry entry = models.get(i);
            // Messages name the entry: with several models, "pom.xml <flavourOptions>" alone would not say which.
            String element = "pom.xml <models> entry " + (i + 1);
            ModelSource source;
            try {
                source = reader.read(ModelParameters.locate(entry.model, entry.modelArtifact, entry.modelPath));
            } catch (InputException e) {
                throw new InputException(element + ": " + e.getMessage(), e);
            }
            Flavour resolved = new FlavourParameters(flavour, flavourFile, flavourOptions, basePackage)
                    .with(entry.flavourFile, entry.flavourOptions, entry.basePackage, element).resolve();
            requests.add(new GenerationRequest(source, paginators(reader, entry.paginators), resolved,
                    outputDirectory.toPath(), docs, templates, extensions));
        }
        return requests;
    }

    private static Optional<ModelSource> paginators(ModelInputReader reader, File file) throws InputException {
        return file == null ? Optional.empty()
                : Optional.of(reader.read(new ModelLocation.InFile(file.toPath(), "paginators")));
    }
}
