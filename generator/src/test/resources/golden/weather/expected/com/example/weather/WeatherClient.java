package com.example.weather;

import com.example.weather.model.GetForecastRequest;
import com.example.weather.model.GetForecastResponse;
import com.example.weather.model.NoSuchCityException;
import com.example.weather.model.ReportObservationRequest;
import com.example.weather.model.ReportObservationResponse;
import com.example.weather.model.ThrottledException;
import com.example.weather.model.WeatherException;
import io.shapegen.runtime.SdkClientException;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * A synchronous client for Example Weather Service.
 *
 * <p>Forecasts and observations for <code>Cities</code>.
 */
@Generated("io.shapegen")
public interface WeatherClient extends AutoCloseable {
    /**
     * The service's endpoint prefix.
     */
    String SERVICE_NAME = "weather";

    /**
     * @return a builder for a client; every setting is optional
     */
    static WeatherClientBuilder builder() {
        return new WeatherClientBuilder();
    }

    /**
     * @return a client with the default settings: region and credentials from the environment
     * @throws SdkClientException if no region is configured anywhere
     */
    static WeatherClient create() {
        return builder().build();
    }

    /**
     * Returns the forecast for a city.
     *
     * <p>See <a href="https://example.com/forecast">forecasts</a>.
     *
     * @param request the request
     * @return the service's response
     * @throws NoSuchCityException No city has that id.
     * @throws ThrottledException if the service answers with this error
     * @throws WeatherException for any other error the service answers with
     * @throws SdkClientException if the request cannot be sent or the response cannot be read
     */
    GetForecastResponse getForecast(GetForecastRequest request) throws NoSuchCityException,
            ThrottledException, WeatherException, SdkClientException;

    /**
     * Returns the forecast for a city.
     *
     * <p>See <a href="https://example.com/forecast">forecasts</a>.
     *
     * @param request fills a new {@link GetForecastRequest.Builder}
     * @return the service's response
     * @throws NoSuchCityException No city has that id.
     * @throws ThrottledException if the service answers with this error
     * @throws WeatherException for any other error the service answers with
     * @throws SdkClientException if the request cannot be sent or the response cannot be read
     */
    default GetForecastResponse getForecast(Consumer<GetForecastRequest.Builder> request) throws
            NoSuchCityException, ThrottledException, WeatherException, SdkClientException {
        GetForecastRequest.Builder builder = GetForecastRequest.builder();
        request.accept(builder);
        return getForecast(builder.build());
    }

    /**
     * Records an observation.
     *
     * @param request the request
     * @return the service's response
     * @throws NoSuchCityException No city has that id.
     * @throws WeatherException for any other error the service answers with
     * @throws SdkClientException if the request cannot be sent or the response cannot be read
     */
    ReportObservationResponse reportObservation(ReportObservationRequest request) throws
            NoSuchCityException, WeatherException, SdkClientException;

    /**
     * Records an observation.
     *
     * @param request fills a new {@link ReportObservationRequest.Builder}
     * @return the service's response
     * @throws NoSuchCityException No city has that id.
     * @throws WeatherException for any other error the service answers with
     * @throws SdkClientException if the request cannot be sent or the response cannot be read
     */
    default ReportObservationResponse reportObservation(
            Consumer<ReportObservationRequest.Builder> request) throws NoSuchCityException,
            WeatherException, SdkClientException {
        ReportObservationRequest.Builder builder = ReportObservationRequest.builder();
        request.accept(builder);
        return reportObservation(builder.build());
    }

    /**
     * Releases the client's connections. Calls after {@code close()} fail.
     */
    @Override
    void close();
}
