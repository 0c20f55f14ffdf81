package com.example.weather;

import com.example.weather.internal.GetForecastOperation;
import com.example.weather.internal.ReportObservationOperation;
import com.example.weather.internal.WeatherProtocol;
import com.example.weather.model.GetForecastRequest;
import com.example.weather.model.GetForecastResponse;
import com.example.weather.model.ReportObservationRequest;
import com.example.weather.model.ReportObservationResponse;
import io.shapegen.runtime.client.ClientConfiguration;
import io.shapegen.runtime.client.SyncClientHandler;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;

/**
 * The {@link WeatherClient} that {@link WeatherClientBuilder} builds. Thread-safe.
 */
@Generated("io.shapegen")
@SuppressWarnings("deprecation")
final class DefaultWeatherClient implements WeatherClient {
    private final SyncClientHandler handler;

    private final Supplier<String> idempotencyTokens;

    DefaultWeatherClient(ClientConfiguration configuration) {
        this.handler = new SyncClientHandler(WeatherProtocol.SERVICE, configuration);
        this.idempotencyTokens = configuration.idempotencyTokenSupplier();
    }

    @Override
    public GetForecastResponse getForecast(GetForecastRequest request) {
        return handler.execute(GetForecastOperation.marshall(request),
                GetForecastOperation::unmarshall, WeatherProtocol::mapError,
                WeatherProtocol.THROTTLING_ERROR_CODES);
    }

    @Override
    public ReportObservationResponse reportObservation(ReportObservationRequest request) {
        return handler.execute(ReportObservationOperation.marshall(request, idempotencyTokens),
                ReportObservationOperation::unmarshall, WeatherProtocol::mapError,
                WeatherProtocol.THROTTLING_ERROR_CODES);
    }

    @Override
    public void close() {
        handler.close();
    }
}
