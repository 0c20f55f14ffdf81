package com.example.weather;

import com.example.weather.model.GetForecastRequest;
import com.example.weather.model.GetForecastResponse;
import com.example.weather.model.NoSuchCityException;
import com.example.weather.model.ReportObservationRequest;
import com.example.weather.model.ReportObservationResponse;
import com.example.weather.model.ThrottledException;
import com.example.weather.model.WeatherException;
import io.shapegen.runtime.SdkClientException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * An async client for Example Weather Service.
 *
 * <p>Every method returns at once, with a {@link CompletableFuture} that completes when the
 * response has been read, or fails with the exception {@link WeatherClient} would throw (inside a
 * {@link java.util.concurrent.CompletionException} when joined). No thread waits for the network or for
 * a retry; cancelling a future abandons its call and its retries.
 *
 * <p>Forecasts and observations for <code>Cities</code>.
 */
@Generated("io.shapegen")
@SuppressWarnings("deprecation")
public interface WeatherAsyncClient extends AutoCloseable {
    /**
     * The service's endpoint prefix.
     */
    String SERVICE_NAME = "weather";

    /**
     * @return a builder for a client; every setting is optional
     */
    static WeatherAsyncClientBuilder builder() {
        return new WeatherAsyncClientBuilder();
    }

    /**
     * @return a client with the default settings: region and credentials from the environment
     * @throws SdkClientException if no region is configured anywhere
     */
    static WeatherAsyncClient create() {
        return builder().build();
    }

    /**
     * Returns the forecast for a city.
     *
     * <p>See <a href="https://example.com/forecast">forecasts</a>.
     *
     * <p>The future fails with:
     * <ul>
     * <li>{@link NoSuchCityException}: No city has that id.</li>
     * <li>{@link ThrottledException}</li>
     * <li>{@link WeatherException} for any other error the service answers with</li>
     * <li>{@link SdkClientException} if the request cannot be sent or the response cannot be read</li>
     * </ul>
     *
     * @param request the request
     * @return the response, when it has been read
     */
    CompletableFuture<GetForecastResponse> getForecast(GetForecastRequest request);

    /**
     * Returns the forecast for a city.
     *
     * <p>See <a href="https://example.com/forecast">forecasts</a>.
     *
     * <p>The future fails with:
     * <ul>
     * <li>{@link NoSuchCityException}: No city has that id.</li>
     * <li>{@link ThrottledException}</li>
     * <li>{@link WeatherException} for any other error the service answers with</li>
     * <li>{@link SdkClientException} if the request cannot be sent or the response cannot be read</li>
     * </ul>
     *
     * @param request fills a new {@link GetForecastRequest.Builder}
     * @return the response, when it has been read
     */
    default CompletableFuture<GetForecastResponse> getForecast(
            Consumer<GetForecastRequest.Builder> request) {
        GetForecastRequest.Builder builder = GetForecastRequest.builder();
        request.accept(builder);
        return getForecast(builder.build());
    }

    /**
     * Records an observation.
     *
     * <p>The future fails with:
     * <ul>
     * <li>{@link NoSuchCityException}: No city has that id.</li>
     * <li>{@link WeatherException} for any other error the service answers with</li>
     * <li>{@link SdkClientException} if the request cannot be sent or the response cannot be read</li>
     * </ul>
     *
     * @param request the request
     * @return the response, when it has been read
     */
    CompletableFuture<ReportObservationResponse> reportObservation(
            ReportObservationRequest request);

    /**
     * Records an observation.
     *
     * <p>The future fails with:
     * <ul>
     * <li>{@link NoSuchCityException}: No city has that id.</li>
     * <li>{@link WeatherException} for any other error the service answers with</li>
     * <li>{@link SdkClientException} if the request cannot be sent or the response cannot be read</li>
     * </ul>
     *
     * @param request fills a new {@link ReportObservationRequest.Builder}
     * @return the response, when it has been read
     */
    default CompletableFuture<ReportObservationResponse> reportObservation(
            Consumer<ReportObservationRequest.Builder> request) {
        ReportObservationRequest.Builder builder = ReportObservationRequest.builder();
        request.accept(builder);
        return reportObservation(builder.build());
    }

    /**
     * Releases the client's resources. Calls after {@code close()} fail.
     */
    @Override
    void close();
}
