package io.shapegen.runtime.client;

import io.shapegen.runtime.AwsErrorDetails;
import io.shapegen.runtime.AwsServiceException;
import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.auth.CredentialsProvider;
import io.shapegen.runtime.auth.DefaultCredentialsProvider;
import io.shapegen.runtime.http.HttpRequest;
import io.shapegen.runtime.http.HttpResponse;
import io.shapegen.runtime.protocol.ErrorResponse;
import io.shapegen.runtime.http.HttpTransport;
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
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Runs the calls of a generated synchronous client: endpoint, headers, SigV4 signing, sending,
 * retries, and turning the response into the output or an exception. One per client; thread-safe.
 *
 * <p>Failures surface as:
 * <ul>
 *   <li>the {@link AwsServiceException} the {@link ErrorMapper} builds, when the service answered with an
 *       error (after retries, if it was retryable);</li>
 *   <li>{@link SdkClientException} when no answer came (I/O failure or timeout after every attempt), when
 *       a response body is not the JSON expected, or when region or credentials cannot be found.</li>
 * </ul>
 * Messages name the operation, the endpoint and what to do; never credentials or signatures.
 */
public final class SyncClientHandler implements AutoCloseable {
    private final ServiceInfo service;
    private final ClientConfiguration config;
    private final Region region;
    private final URI endpoint;
    private final HttpTransport transport;
    private final boolean ownsTransport;
    private final RequestAssembler assembler;
    private final CallSigner signer;
    private final CallFailureMessages failures;
    private final RetryQuota retryQuota = new RetryQuota();

    /**
     * Resolves region, endpoint, credentials provider and transport once.
     *
     * @param service the service's metadata
     * @param config the client's configuration
     * @throws SdkClientException if no region is configured anywhere
     */
    public SyncClientHandler(ServiceInfo service, ClientConfiguration config) {
        this.service = Objects.requireNonNull(service, "service");
        this.config = Objects.requireNonNull(config, "config");
        this.region = RegionResolver.create(config.environment()).resolve(config.region());
        this.endpoint = EndpointResolver.resolve(service.endpointPrefix(), region, config.endpointOverride());
        CredentialsProvider credentialsProvider = config.credentialsProvider()
                .orElseGet(() -> DefaultCredentialsProvider.create(config.environment()));
        this.ownsTransport = config.httpTransport().isEmpty();
        this.transport = config.httpTransport()
                .orElseGet(() -> HttpTransport.createDefault(config.connectTimeout(), config.callTimeout()));
        this.assembler = new RequestAssembler(service, endpoint);
        this.signer = new CallSigner(credentialsProvider, region, service, config.clock());
        this.failures = new CallFailureMessages(service, region, endpoint, config);
    }

    /**
     * Calls an operation.
     *
     * @param <O> the output type
     * @param request the marshalled input; marshalled once, so every attempt sends the same body and token
     * @param onSuccess reads a 2xx response into the output
     * @param onError builds the exception for an error response
     * @param extraThrottlingCodes the service's throttling errors from its model, retried like the standard ones
     * @return the output
     * @throws AwsServiceException what {@code onError} builds, when the service answers with an error
     * @throws SdkClientException when there is no usable answer; see the class description
     */
    public <O> O execute(MarshalledRequest request, ResponseHandler<O> onSuccess, ErrorMapper onError,
            Set<String> extraThrottlingCodes) {
        HttpRequest unsigned = assembler.assemble(request);
        RetryPolicy policy = config.retryPolicy();
        int spent = 0;
        for (int attempt = 1; ; attempt++) {
            HttpRequest signed = signer.sign(unsigned);
            HttpResponse response;
            try {
                response = transport.execute(signed);
            } catch (IOException e) {
                int cost = retryCost(policy, attempt, true);
                if (cost >= 0) {
                    spent += cost;
                    waitBeforeRetry(request, policy, attempt, e.getClass().getSimpleName());
                    continue;
                }
                throw new SdkClientException(failures.ioFailure(request, e, e instanceof SocketTimeoutException, attempt), e);
            }
            if (response.isSuccessful()) {
                if (policy.retryQuotaEnabled()) {
                    retryQuota.release(spent);
                }
                try {
                    return onSuccess.handle(response);
                } catch (IOException | IllegalArgumentException | java.time.DateTimeException e) {
                    throw new SdkClientException(failures.unreadable(request, response, "response", e), e);
                }
            }
            ErrorResponse error;
            try {
                error = ErrorResponse.parse(response);
            } catch (IOException e) {
                if (RetryableErrors.RETRYABLE_STATUS_CODES.contains(response.statusCode())) {
                    int cost = retryCost(policy, attempt, false);
                    if (cost >= 0) {
                        spent += cost;
                        waitBeforeRetry(request, policy, attempt, "HTTP " + response.statusCode());
                        continue;
                    }
                }
                throw new SdkClientException(failures.unreadable(request, response, "error response", e), e);
            }
            if (RetryableErrors.isRetryable(response.statusCode(), error.errorCode(), extraThrottlingCodes)) {
                int cost = retryCost(policy, attempt, false);
                if (cost >= 0) {
                    spent += cost;
                    waitBeforeRetry(request, policy, attempt, "HTTP " + response.statusCode() + " "
                            + error.errorCode());
                    continue;
                }
            }
            AwsErrorDetails details = error.toDetails(response.statusCode());
            AwsServiceException exception;
            try {
                exception = onError.map(details, response);
            } catch (IOException | IllegalArgumentException | java.time.DateTimeException e) {
                throw new SdkClientException(failures.unreadable(request, response, "error response", e), e);
            }
            throw Objects.requireNonNull(exception, "ErrorMapper returned null");
        }
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

    /** @return the configuration the client was built with */
    public ClientConfiguration configuration() {
        return config;
    }

    /** Closes the transport if the client created it; a transport passed in stays open. */
    @Override
    public void close() {
        if (ownsTransport) {
            transport.close();
        }
    }

    /** @return the quota tokens a retry takes (0 when the quota is off), or -1 when no retry may be made */
    private int retryCost(RetryPolicy policy, int attempt, boolean ioFailure) {
        if (attempt >= policy.maxAttempts()) {
            return -1;
        }
        if (!policy.retryQuotaEnabled()) {
            return 0;
        }
        int cost = retryQuota.acquire(ioFailure);
        return cost > 0 ? cost : -1;
    }

    private void waitBeforeRetry(MarshalledRequest request, RetryPolicy policy, int attempt, String reason) {
        Duration delay = policy.delayBeforeRetry(attempt);
        // Fetched only when retrying: initializing logging costs milliseconds at startup.
        System.getLogger(SyncClientHandler.class.getName()).log(Level.DEBUG, () -> service.serviceId() + " " + request.operationName() + " attempt " + attempt + " of "
                + policy.maxAttempts() + " failed (" + reason + "); retrying in " + delay.toMillis() + " ms.");
        try {
            policy.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SdkClientException("Interrupted while waiting to retry " + service.serviceId() + " "
                    + request.operationName() + " (attempt " + attempt + " had failed: " + reason + ").", e);
        }
    }
}
