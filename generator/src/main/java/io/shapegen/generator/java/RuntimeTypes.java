package io.shapegen.generator.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The runtime, jackson-core and JDK types generated code refers to, named once. */
final class RuntimeTypes {
    static final String RUNTIME_PACKAGE = "io.shapegen.runtime";
    private static final String CLIENT = RUNTIME_PACKAGE + ".client";
    private static final String PROTOCOL = RUNTIME_PACKAGE + ".protocol";
    private static final String PAGINATION = RUNTIME_PACKAGE + ".pagination";
    private static final String JACKSON = "com.fasterxml.jackson.core";

    static final ClassName TO_STRING = ClassName.get(RUNTIME_PACKAGE, "ToString");
    static final ClassName AWS_SERVICE_EXCEPTION = ClassName.get(RUNTIME_PACKAGE, "AwsServiceException");
    static final ClassName SDK_CLIENT_EXCEPTION = ClassName.get(RUNTIME_PACKAGE, "SdkClientException");
    static final ClassName AWS_ERROR_DETAILS = ClassName.get(RUNTIME_PACKAGE, "AwsErrorDetails");
    static final ClassName SDK_BYTES = ClassName.get(RUNTIME_PACKAGE, "SdkBytes");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    static final ClassName CLIENT_CONFIGURATION = ClassName.get(CLIENT, "ClientConfiguration");
    static final ClassName MARSHALLED_REQUEST = ClassName.get(CLIENT, "MarshalledRequest");
    static final ClassName SERVICE_INFO = ClassName.get(CLIENT, "ServiceInfo");
    static final ClassName SYNC_CLIENT_HANDLER = ClassName.get(CLIENT, "SyncClientHandler");
    static final ClassName ASYNC_CLIENT_CONFIGURATION = ClassName.get(CLIENT, "AsyncClientConfiguration");
    static final ClassName ASYNC_CLIENT_HANDLER = ClassName.get(CLIENT, "AsyncClientHandler");
    static final ClassName HTTP_RESPONSE = ClassName.get(RUNTIME_PACKAGE + ".http", "HttpResponse");
    static final ClassName HTTP_TRANSPORT = ClassName.get(RUNTIME_PACKAGE + ".http", "HttpTransport");
    static final ClassName ASYNC_HTTP_TRANSPORT = ClassName.get(RUNTIME_PACKAGE + ".http", "AsyncHttpTransport");
    static final ClassName REGION = ClassName.get(RUNTIME_PACKAGE + ".region", "Region");
    static final ClassName CREDENTIALS_PROVIDER = ClassName.get(RUNTIME_PACKAGE + ".auth", "CredentialsProvider");
    static final ClassName RETRY_POLICY = ClassName.get(RUNTIME_PACKAGE + ".retry", "RetryPolicy");
    static final ClassName ENVIRONMENT = ClassName.get(RUNTIME_PACKAGE + ".config", "Environment");

    static final ClassName SDK_ITERABLE = ClassName.get(PAGINATION, "SdkIterable");
    static final ClassName SDK_PUBLISHER = ClassName.get(PAGINATION, "SdkPublisher");
    static final ClassName SYNC_PAGES = ClassName.get(PAGINATION, "SyncPages");
    static final ClassName ASYNC_PAGES = ClassName.get(PAGINATION, "AsyncPages");
    static final ClassName PAGE_TOKENS = ClassName.get(PAGINATION, "PageTokens");

    static final ClassName BASE64_TEXT = ClassName.get(PROTOCOL, "Base64Text");
    static final ClassName DOCUMENT_JSON = ClassName.get(PROTOCOL, "DocumentJson");
    static final ClassName FLOAT_VALUES = ClassName.get(PROTOCOL, "FloatValues");
    static final ClassName HEADER_VALUES = ClassName.get(PROTOCOL, "HeaderValues");
    static final ClassName JSON_BODIES = ClassName.get(PROTOCOL, "JsonBodies");
    static final ClassName JSON_VALUES = ClassName.get(PROTOCOL, "JsonValues");
    static final ClassName TIMESTAMP_FORMAT = ClassName.get(PROTOCOL, "TimestampFormat");
    static final ClassName URI_LABELS = ClassName.get(PROTOCOL, "UriLabels");

    static final ClassName JSON_GENERATOR = ClassName.get(JACKSON, "JsonGenerator");
    static final ClassName JSON_PARSER = ClassName.get(JACKSON, "JsonParser");
    static final ClassName JSON_TOKEN = ClassName.get(JACKSON, "JsonToken");

    /** {@code @Generated("io.shapegen")}, with no date so output is reproducible. */
    static final AnnotationSpec GENERATED_ANNOTATION = AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", "io.shapegen").build();

    static final AnnotationSpec SUPPRESS_DEPRECATION = AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "deprecation").build();

    private RuntimeTypes() {
    }
}
