package io.shapegen.generator.java;

import com.palantir.javapoet.JavaFile;
import io.shapegen.generator.extension.Extensions;
import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.ClientSpec;
import io.shapegen.generator.spec.EnumSpec;
import io.shapegen.generator.spec.ExceptionSpec;
import io.shapegen.generator.spec.PaginatorSpec;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.StructureSpec;
import io.shapegen.generator.work.InParallel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every Java emitter over a service and renders the files, sorted by path. */
public final class JavaSourceSet {
    private JavaSourceSet() {
    }

    /** The client implementation and its wire code, for a protocol the runtime speaks. */
    private static List<JavaFile> clientFiles(ServiceSpec service, ClientSpec client) {
        List<JavaFile> files = new ArrayList<>();
        files.add(new ClientBuilderEmitter(service, client).emit());
        files.add(new ClientImplementationEmitter(service, client).emit());
        files.add(new ServiceProtocolEmitter(service, client).emit());
        OperationCodecEmitter operations = new OperationCodecEmitter(service, client);
        for (ClientSpec.OperationCodec codec : client.operations()) {
            files.add(operations.emit(codec));
        }
        ErrorReaderEmitter errors = new ErrorReaderEmitter(service, client);
        for (ClientSpec.ErrorReader reader : client.errors()) {
            files.add(errors.emit(reader));
        }
        JsonCodecEmitter codecs = new JsonCodecEmitter(service);
        for (ClientSpec.JsonCodec codec : client.codecs()) {
            files.add(codecs.emit(codec));
        }
        service.asyncClient().ifPresent(async -> {
            files.add(new AsyncClientInterfaceEmitter(service, async).emit());
            files.add(ClientBuilderEmitter.forAsync(service, async).emit());
            files.add(new AsyncClientImplementationEmitter(service, client, async).emit());
        });
        return files;
    }

    /** @param service the resolved service @return every Java source file, rendered */
    public static List<GeneratedFile> render(ServiceSpec service) {
        return render(service, Extensions.none());
    }

    /**
     * @param service the resolved service
     * @param extensions the extensions that may add to every generated type
     * @return every Java source file, rendered
     */
    public static List<GeneratedFile> render(ServiceSpec service, Extensions extensions) {
        List<JavaFile> files = new ArrayList<>();
        ModelClassEmitter models = new ModelClassEmitter(service);
        RecordClassEmitter records = new RecordClassEmitter(service);
        for (StructureSpec structure : service.structures()) {
            files.add(records.accepts(structure) ? records.emit(structure) : models.emit(structure));
        }
        EnumEmitter enums = new EnumEmitter(service);
        for (EnumSpec spec : service.enums()) {
            files.add(enums.emit(spec));
        }
        files.add(new ServiceExceptionEmitter(service).emit());
        ModeledExceptionEmitter exceptions = new ModeledExceptionEmitter(service);
        for (ExceptionSpec spec : service.exceptions()) {
            files.add(exceptions.emit(spec));
        }
        files.add(new ClientInterfaceEmitter(service).emit());
        PaginatorEmitter paginators = new PaginatorEmitter(service);
        for (PaginatorSpec paginator : service.paginators()) {
            files.addAll(paginators.emit(paginator));
        }
        service.client().ifPresent(client -> files.addAll(clientFiles(service, client)));
        Extensions.Applied applied = extensions.apply(service, files);
        List<GeneratedFile> rendered = new ArrayList<>(applied.extraFiles());
        // Writing the code out is ~90 % of the work, and every file is independent of the others.
        rendered.addAll(InParallel.map(applied.javaFiles(), JavaSourceSet::text));
        rendered.addAll(PackageInfoFiles.of(service, rendered));
        rendered.sort(Comparator.comparing(GeneratedFile::relativePath));
        return rendered;
    }

    private static GeneratedFile text(JavaFile file) {
        String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
        return new GeneratedFile(path, file.toString().getBytes(StandardCharsets.UTF_8));
    }
}
