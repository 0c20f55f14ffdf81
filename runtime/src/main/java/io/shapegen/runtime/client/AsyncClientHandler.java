package io.shapegen.runtime.client;

import io.shapegen.runtime.AwsErrorDetails;
import io.shapegen.runtime.AwsServiceException;
import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.auth.CredentialsProvider;
import io.shapegen.runtime.auth.DefaultCredentialsProvider;
import io.shapegen.runtime.http.AsyncHttpTransport;
import io.shapegen.runtime.http.HttpRequest;
import io.shapegen.runtime.http.HttpResponse;
import io.shapegen.runtime.http.JdkHttpClientTransport;
import io.shapegen.runtime.protocol.ErrorResponse;
import io.shapegen.runtime.region.EndpointResolver;
import io.shapegen.runtime.region.Region;
import io.shapegen.runtime.region.RegionResolver;
import io.shapegen.runtime.retry.RetryPolicy;
import io.shapegen.runtime.retry.RetryQuota;
import io.shapegen.runtime.retry.RetryableErrors;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs the calls of a generated async client: the same endpoint, headers, SigV4 signing, retry policy, retry quota
 * and error mapping as {@link SyncClientHandler}, over an {@link AsyncHttpTransport}. No thread waits for the
 * network or for a retry: a retry is scheduled after its backoff. One per client; thread-safe.
 *
 * <p>The future a call returns fails with what the sync client would throw (the {@link AwsServiceException} the
 * {@link ErrorMapper} builds, or {@link SdkClientException}); {@code join()} wraps it in a
 * {@link CompletionException}. Cancelling the future abandons the exchange in flight and every retry still to come.
 */
public final class AsyncClientHandler implements AutoCloseable {
    private final ServiceInfo service;
    private final ClientConfiguration config;
    private final Region region;
    private final URI endpoint;
    private final AsyncHttpTransport transport;
    private final boolean ownsTransport;
    private final Executor executor;
    private final RequestAssembler assembler;
    private final CallSigner signer;
    private final CallFailureMessages failures;
    private final RetryQuota retryQuota = new RetryQuota();

    /**
     * Resolves region, endpoint, credentials provider and transport once.
     *
     * @param service the service's metadata
     * @param configuration the client's configuration
     * @throws SdkClientException if no region is configured anywhere
     */
    public AsyncClientHandler(ServiceInfo service, AsyncClientConfiguration configuration) {
        this.service = Objects.requireNonNull(service, "service");
        this.config = configuration.shared();
        this.region = RegionResolver.create(config.environment()).resolve(config.region());
        this.endpoint = EndpointResolver.resolve(service.endpointPrefix(), region, config.endpointOverride());
        CredentialsProvider credentialsProvider = config.credentialsProvider()
                .orElseGet(() -> DefaultCredentialsProvider.create(config.environment()));
        this.ownsTransport = configuration.httpTransport().isEmpty();
        this.transport = configuration.httpTransport().orElseGet(() -> JdkHttpClientTransport.builder()
                .connectTimeout(config.connectTimeout()).callTimeout(config.callTimeout())
                .executor(configuration.executor().orElse(null)).build());
        this.executor = configuration.executor().orElse(ForkJoinPool.commonPool());
        this.assembler = new RequestAssembler(service, endpoint);
        this.signer = new CallSigner(credentialsProvider, region, service, config.clock());
        this.failures = new CallFailureMessages(service, region, endpoint, config);
    }

    /**
     * Calls an operation.
     *
     * @param <O> the output type
     * @param marshaller marshals the input once, so every attempt sends the same body and idempotency token
     * @param onSuccess reads a 2xx response into the output
     * @param onError builds the exception for an error response
     * @param extraThrottlingCodes the service's throttling errors from its model, retried like the standard ones
     * @return completes with the output, or fails as the class description says; cancel it to stop the call
     */
    public <O> CompletableFuture<O> execute(Supplier<MarshalledRequest> marshaller, ResponseHandler<O> onSuccess,
            ErrorMapper onError, Set<String> extraThrottlingCodes) {
        MarshalledRequest request;
        HttpRequest unsigned;
        try {
            request = marshaller.get();
            unsigned = assembler.assemble(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Call<O> call = new Call<>(request, unsigned, onSuccess, onError, extraThrottlingCodes);
        call.attempt();
        return call.result;
    }

    /** @return a fresh idempotency token from the configured supplier, for inputs that leave it out */
    public String newIdempotencyToken() {
        return config.idempotencyTokenSupplier().get();
    }

    /** @return the region the client calls and signs for */
    public Region region() {
        return region;
    }

    /** @return the endpoint the client calls (before any host prefix) */
    public URI endpoint() {
        return endpoint;
    }

    /** Closes the transport if the client created it; a transport passed in stays open. */
    @Override
    public void close() {
        if (ownsTransport) {
            transport.close();
        }
    }

    /** One call: its attempts follow one another, each started by the completion of the one before. */
    private final class Call<O> {
        private final MarshalledRequest request;
        private final HttpRequest unsigned;
        private final ResponseHandler<O> onSuccess;
        private final ErrorMapper onError;
        private final Set<String> extraThrottlingCodes;
        private final CompletableFuture<O> result = new CompletableFuture<>();
        private final RetryPolicy policy = config.retryPolicy();
        private volatile CompletableFuture<HttpResponse> inFlight;
        // Attempts never overlap and each starts from the completion of the previous one, which orders these.
        private int attempt;
        private int spent;

        Call(MarshalledRequest request, HttpRequest unsigned, ResponseHandler<O> onSuccess, ErrorMapper onError,
                Set<String> extraThrottlingCodes) {
            this.request = request;
            this.unsigned = unsigned;
            this.onSuccess = onSuccess;
            this.onError = onError;
            this.extraThrottlingCodes = extraThrottlingCodes;
            result.whenComplete((ignored, error) -> {
                CompletableFuture<HttpResponse> exchange = inFlight;
                if (result.isCancelled() && exchange != null) {
                    exchange.cancel(true);
                }
            });
        }

        void attempt() {
            if (result.isDone()) {
                return;
            }
            attempt++;
            CompletableFuture<HttpResponse> exchange;
            try {
                exchange = transport.execute(signer.sign(unsigned));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            inFlight = exchange;
            if (result.isCancelled()) {
                exchange.cancel(true);
                return;
            }
            exchange.whenComplete((response, error) -> {
                try {
                    if (!result.isDone()) {
                        handle(response, error);
                    }
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            });
        }

        private void handle(HttpResponse response, Throwable error) {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                if (cause instanceof IOException io) {
                    if (!retry(true, cause.getClass().getSimpleName())) {
                        result.completeExceptionally(new SdkClientException(failures.ioFailure(request, io, io instanceof SocketTimeoutException || io instanceof HttpTimeoutException, attempt), io));
                    }
                } else {
                    result.completeExceptionally(cause);
                }
                return;
            }
            if (response.isSuccessful()) {
                if (policy.retryQuotaEnabled()) {
                    retryQuota.release(spent);
                }
                O output;
                try {
                    output = onSuccess.handle(response);
                } catch (IOException | IllegalArgumentException | java.time.DateTimeException e) {
                    result.completeExceptionally(new SdkClientException(failures.unreadable(request, response, "response", e), e));
                    return;
                }
                result.complete(output);
                return;
            }
            ErrorResponse errorResponse;
            try {
                errorResponse = ErrorResponse.parse(response);
            } catch (IOException e) {
                if (RetryableErrors.RETRYABLE_STATUS_CODES.contains(response.statusCode())
                        && retry(false, "HTTP " + response.statusCode())) {
                    return;
                }
                result.completeExceptionally(new SdkClientException(failures.unreadable(request, response, "error response", e), e));
                return;
            }
            if (RetryableErrors.isRetryable(response.statusCode(), errorResponse.errorCode(), extraThrottlingCodes)
                    && retry(false, "HTTP " + response.statusCode() + " " + errorResponse.errorCode())) {
                return;
            }
            AwsErrorDetails details = errorResponse.toDetails(response.statusCode());
            try {
                result.completeExceptionally(Objects.requireNonNull(onError.map(details, response),
                        "ErrorMapper returned null"));
            } catch (IOException | IllegalArgumentException | java.time.DateTimeException e) {
                result.completeExceptionally(new SdkClientException(failures.unreadable(request, response, "error response", e), e));
            }
        }

        /** Schedules the next attempt after its backoff, when the policy and the quota allow one. */
        private boolean retry(boolean ioFailure, String reason) {
            if (attempt >= policy.maxAttempts()) {
                return false;
            }
            if (policy.retryQuotaEnabled()) {
                int cost = retryQuota.acquire(ioFailure);
                if (cost == 0) {
                    return false;
                }
                spent += cost;
            }
            Duration delay = policy.delayBeforeRetry(attempt);
            int failed = attempt;
            System.getLogger(AsyncClientHandler.class.getName()).log(Level.DEBUG, () -> service.serviceId() + " "
                    + request.operationName() + " attempt " + failed + " of " + policy.maxAttempts() + " failed ("
                    + reason + "); retrying in " + delay.toMillis() + " ms.");
            CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, executor).execute(this::attempt);
            return true;
        }
    }
}
