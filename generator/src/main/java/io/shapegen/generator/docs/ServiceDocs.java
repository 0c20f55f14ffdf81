package io.shapegen.generator.docs;

import io.shapegen.generator.docs.context.CodeView;
import io.shapegen.generator.docs.context.EnumView;
import io.shapegen.generator.docs.context.ExceptionView;
import io.shapegen.generator.docs.context.ModelView;
import io.shapegen.generator.docs.context.OperationView;
import io.shapegen.generator.docs.context.PaginatorView;
import io.shapegen.generator.docs.context.RefView;
import io.shapegen.generator.docs.context.ServiceView;
import io.shapegen.generator.spec.ExceptionSpec;
import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.generator.spec.PaginatorSpec;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.model.ServiceMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Builds the whole template context of one service from its resolved spec. */
final class ServiceDocs {
    private final ServiceSpec service;
    private final DocsIndex index;

    ServiceDocs(ServiceSpec service) {
        this.service = service;
        this.index = new DocsIndex(service);
    }

    ServiceView view() {
        ServiceMetadata metadata = service.model().metadata();
        OperationDocs operationDocs = new OperationDocs(index);
        PaginatorDocs paginatorDocs = new PaginatorDocs(index, operationDocs);
        TypeDocs typeDocs = new TypeDocs(index);

        List<OperationView> operations = service.operations().stream()
                .map(operation -> operationDocs.view(operation, service.paginatorOf(operation)))
                .sorted(Comparator.comparing(OperationView::methodName)).toList();
        List<PaginatorView> paginatorViews = service.paginators().stream().map(paginatorDocs::view)
                .sorted(Comparator.comparing(PaginatorView::methodName)).toList();
        List<ExceptionView> exceptions = service.exceptions().stream().map(typeDocs::exception)
                .sorted(Comparator.comparing(ExceptionView::name)).toList();
        List<ModelView> models = service.structures().stream().map(typeDocs::model)
                .sorted(Comparator.comparing(ModelView::name)).toList();
        List<EnumView> enums = service.enums().stream().map(typeDocs::enumView)
                .sorted(Comparator.comparing(EnumView::name)).toList();

        String fullName = metadata.serviceFullName().isBlank() ? metadata.serviceId() : metadata.serviceFullName();
        String documentation = service.model().documentation();
        String uid = metadata.uid();
        String baseException = service.serviceException().simpleName();
        return new ServiceView(service.serviceName(), MarkdownText.escape(fullName).strip(),
                MarkdownText.escape(metadata.serviceId()).strip(), MarkdownText.escape(metadata.apiVersion()).strip(),
                MarkdownText.escape(metadata.protocol()).strip(), slug(metadata), MarkdownRenderer.summary(documentation),
                MarkdownRenderer.render(documentation),
                uid.isBlank() ? "" : MarkdownText.url("https://docs.aws.amazon.com/goto/WebAPI/" + uid),
                service.basePackage(), service.modelPackage(), service.basePackage() + ".paginators",
                service.clientInterface().simpleName(),
                service.asyncClient().map(async -> async.asyncInterface().simpleName()).orElse(""),
                new RefView(baseException, index.href(service.serviceException()).orElseThrow(),
                        "The base of every exception the service answers with."),
                pluginXml(metadata), dependencyXml(), clientUsage(), exceptionsUsage(),
                pages(), operations, paginatorViews, exceptions, models, enums);
    }

    /** @return the folder-style service name: the uid without its API version, else the service id */
    static String slug(ServiceMetadata metadata) {
        String uid = metadata.uid();
        String suffix = "-" + metadata.apiVersion();
        String base = !uid.isBlank() && uid.endsWith(suffix) && uid.length() > suffix.length()
                ? uid.substring(0, uid.length() - suffix.length()) : metadata.serviceId();
        String slug = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "service" : slug;
    }

    private List<RefView> pages() {
        String client = service.clientInterface().simpleName();
        return List.of(
                new RefView(client, DocsIndex.CLIENT, "Building the client, its exceptions, and one section per method."),
                new RefView("Models", DocsIndex.MODELS, "Every model class: requests, responses and the structures they hold."),
                new RefView("Enums", DocsIndex.ENUMS, "Every enum and all of its values."),
                new RefView("Exceptions", DocsIndex.EXCEPTIONS, "The base exception and every exception the service answers with."),
                new RefView("Paginators", DocsIndex.PAGINATORS, "Iterating through every page of the list operations, sync and async."));
    }

    private CodeView pluginXml(ServiceMetadata metadata) {
        String folder = "src/main/shapegen/" + slug(metadata) + "/";
        List<String> lines = new ArrayList<>(List.of(
                "<plugin>",
                "    <groupId>io.shapegen</groupId>",
                "    <artifactId>shapegen-maven-plugin</artifactId>",
                "    <version>${shapegen.version}</version>",
                "    <executions>",
                "        <execution>",
                "            <goals>",
                "                <goal>generate</goal>",
                "            </goals>",
                "            <configuration>",
                "                <model>" + folder + "service-2.json</model>"));
        if (service.paginators().stream().anyMatch(p -> p.source() == PaginatorSpec.Source.FILE)) {
            lines.add("                <paginators>" + folder + "paginators-1.json</paginators>");
        }
        lines.addAll(List.of(
                "                <basePackage>" + service.basePackage() + "</basePackage>",
                "            </configuration>",
                "        </execution>",
                "    </executions>",
                "</plugin>"));
        return CodeBlocks.of("xml", String.join("\n", lines));
    }

    private static CodeView dependencyXml() {
        return CodeBlocks.of("xml", String.join("\n",
                "<dependency>",
                "    <groupId>io.shapegen</groupId>",
                "    <artifactId>shapegen-runtime</artifactId>",
                "    <version>${shapegen.version}</version>",
                "</dependency>"));
    }

    private CodeView clientUsage() {
        String client = service.clientInterface().simpleName();
        return CodeBlocks.of("java", String.join("\n",
                "// " + client + " usage example",
                "",
                "import " + service.clientInterface().canonicalName() + ";",
                "",
                client + " client = " + client + ".builder()",
                BuilderChain.INDENT + ".region(Region.US_EAST_1)",
                BuilderChain.INDENT + ".build();",
                "",
                "// Or with the region and credentials of the environment:",
                client + " defaultClient = " + client + ".create();",
                "",
                "// A client holds connections: close it when you are done.",
                "client.close();"));
    }

    private CodeView exceptionsUsage() {
        List<String> lines = new ArrayList<>(List.of("// Exceptions usage example", "", "try {"));
        List<OperationSpec> operations = service.operations();
        lines.add(BuilderChain.INDENT + (operations.isEmpty() ? "// call the service"
                : "client." + operations.get(0).methodName() + "(request);"));
        List<ExceptionSpec> exceptions = service.exceptions();
        for (int i = 0; i < exceptions.size(); i++) {
            String name = exceptions.get(i).className().simpleName();
            boolean last = i == exceptions.size() - 1;
            lines.add((i == 0 ? "} catch (" : BuilderChain.INDENT + BuilderChain.INDENT + "| ") + name + (last ? " e) {" : ""));
        }
        if (!exceptions.isEmpty()) {
            lines.add(BuilderChain.INDENT + "System.err.println(e.errorCode() + \": \" + e.errorMessage());");
        }
        lines.addAll(List.of(
                "} catch (" + service.serviceException().simpleName() + " e) {",
                BuilderChain.INDENT + "// any other error the service answers with",
                BuilderChain.INDENT + "System.err.println(e.statusCode() + \" \" + e.requestId());",
                "} catch (SdkClientException e) {",
                BuilderChain.INDENT + "// the request could not be sent, or the response could not be read",
                "}"));
        return CodeBlocks.of("java", String.join("\n", lines));
    }
}
