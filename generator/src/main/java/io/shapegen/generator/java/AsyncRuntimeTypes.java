package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;

/** The runtime types the paginators and the async client refer to, named once (beside {@link RuntimeTypes}). */
final class AsyncRuntimeTypes {
    private static final String PAGINATION = RuntimeTypes.RUNTIME_PACKAGE + ".pagination";
    private static final String CLIENT = RuntimeTypes.RUNTIME_PACKAGE + ".client";

    static final ClassName SDK_ITERABLE = ClassName.get(PAGINATION, "SdkIterable");
    static final ClassName SDK_PUBLISHER = ClassName.get(PAGINATION, "SdkPublisher");
    static final ClassName SYNC_PAGES = ClassName.get(PAGINATION, "SyncPages");
    static final ClassName ASYNC_PAGES = ClassName.get(PAGINATION, "AsyncPages");
    static final ClassName PAGE_TOKENS = ClassName.get(PAGINATION, "PageTokens");

    static final ClassName ASYNC_CLIENT_CONFIGURATION = ClassName.get(CLIENT, "AsyncClientConfiguration");
    static final ClassName ASYNC_CLIENT_HANDLER = ClassName.get(CLIENT, "AsyncClientHandler");
    static final ClassName ASYNC_HTTP_TRANSPORT = ClassName.get(RuntimeTypes.RUNTIME_PACKAGE + ".http",
            "AsyncHttpTransport");

    private AsyncRuntimeTypes() {
    }
}
