package com.example.weather.internal;

import com.example.weather.model.ThrottledException;
import io.shapegen.runtime.AwsErrorDetails;
import io.shapegen.runtime.http.HttpResponse;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads a {@link ThrottledException} from an error response.
 */
@Generated("io.shapegen")
@SuppressWarnings("deprecation")
final class ThrottledExceptionUnmarshaller {
    private ThrottledExceptionUnmarshaller() {
    }

    /**
     * @param details what the error response says in general
     * @param response the response
     * @return the exception
     * @throws IOException if the body is not the JSON expected
     */
    static ThrottledException unmarshall(AwsErrorDetails details, HttpResponse response) throws
            IOException {
        ThrottledException.Builder builder = ThrottledException.builder();
        builder.statusCode(details.statusCode()).message(details.errorMessage()).requestId(details.requestId());
        return builder.build();
    }
}
