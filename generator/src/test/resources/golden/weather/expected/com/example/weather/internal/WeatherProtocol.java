package com.example.weather.internal;

import com.example.weather.model.WeatherException;
import io.shapegen.runtime.AwsErrorDetails;
import io.shapegen.runtime.AwsServiceException;
import io.shapegen.runtime.client.ServiceInfo;
import io.shapegen.runtime.http.HttpResponse;
import java.io.IOException;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * What the clients of Example Weather Service share about its rest-json protocol. Not an API.
 */
@Generated("io.shapegen")
public final class WeatherProtocol {
    /**
     * The service as the runtime sees it.
     */
    public static final ServiceInfo SERVICE = new ServiceInfo("Weather", "weather", "weather", "rest-json", "1.1", "");

    /**
     * The modeled errors that mean "slow down", retried like the standard throttling errors.
     */
    public static final Set<String> THROTTLING_ERROR_CODES = Set.of("Throttled");

    private WeatherProtocol() {
    }

    /**
     * @param details the status, error code, message and request id of an error response
     * @param response the response
     * @return the modeled exception whose name or code is the error code, else {@link WeatherException}
     * @throws IOException if the body is not the JSON expected
     */
    public static AwsServiceException mapError(AwsErrorDetails details, HttpResponse response)
            throws IOException {
        return switch (details.errorCode()) {
            case "NoSuchCityException" -> NoSuchCityExceptionUnmarshaller.unmarshall(details, response);
            case "ThrottledException", "Throttled" -> ThrottledExceptionUnmarshaller.unmarshall(details, response);
            default -> new WeatherException(details);
        };
    }
}
