package com.example.weather;

import com.example.weather.internal.GetForecastOperation;
import com.example.weather.internal.ReportObservationOperation;
import com.example.weather.internal.WeatherProtocol;
import com.example.weather.model.GetForecastRequest;
import com.example.weather.model.GetForecastResponse;
import com.example.weather.model.ReportObservationRequest;
import com.example.weather.model.ReportObservationResponse;
import io.shapegen.runtime.client.AsyncClientConfiguration;
import io.shapegen.runtime.client.AsyncClientHandler;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;

/**
 * The {@link WeatherAsyncClient} that {@link WeatherAsyncClientBuilder} builds. Thread-safe.
 */
@Generated("io.shapegen")
@SuppressWarnings("deprecation")
final class DefaultWeatherAsyncClient implements WeatherAsyncClient {
    private final AsyncClientHandler handler;

    private final Supplier<String> idempotencyTokens;

    DefaultWeatherAsyncClient(AsyncClientConfiguration configuration) {
        this.handler = new AsyncClientHandler(WeatherProtocol.SERVICE, configuration);
        this.idempotencyTokens = configuration.shared().idempotencyTokenSupplier();
    }

    @Override
    public CompletableFuture<GetForecastResponse> getForecast(GetForecastRequest request) {
        return handler.execute(() -> GetForecastOperation.marshall(request),
                GetForecastOperation::unmarshall, WeatherProtocol::mapError,
                WeatherProtocol.THROTTLING_ERROR_CODES);
    }

    @Override
    public CompletableFuture<ReportObservationResponse> reportObservation(
            ReportObservationRequest request) {
        return handler.execute(() -> ReportObservationOperation.marshall(request, idempotencyTokens),
                ReportObservationOperation::unmarshall, WeatherProtocol::mapError,
                WeatherProtocol.THROTTLING_ERROR_CODES);
    }

    @Override
    public void close() {
        handler.close();
    }
}
