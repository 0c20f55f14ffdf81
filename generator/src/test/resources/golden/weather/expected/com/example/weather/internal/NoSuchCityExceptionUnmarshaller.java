package com.example.weather.internal;

import com.example.weather.model.NoSuchCityException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.shapegen.runtime.AwsErrorDetails;
import io.shapegen.runtime.http.HttpResponse;
import io.shapegen.runtime.protocol.JsonBodies;
import io.shapegen.runtime.protocol.JsonValues;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads a {@link NoSuchCityException} from an error response.
 */
@Generated("io.shapegen")
@SuppressWarnings("deprecation")
final class NoSuchCityExceptionUnmarshaller {
    private NoSuchCityExceptionUnmarshaller() {
    }

    /**
     * @param details what the error response says in general
     * @param response the response
     * @return the exception
     * @throws IOException if the body is not the JSON expected
     */
    static NoSuchCityException unmarshall(AwsErrorDetails details, HttpResponse response) throws
            IOException {
        NoSuchCityException.Builder builder = NoSuchCityException.builder();
        builder.statusCode(details.statusCode()).message(details.errorMessage()).requestId(details.requestId());
        JsonBodies.read(response, builder, NoSuchCityExceptionUnmarshaller::readBody);
        return builder.build();
    }

    private static void readBody(JsonParser p, NoSuchCityException.Builder builder) throws
            IOException {
        JsonValues.expectObject(p);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (field) {
                case "CityId" -> builder.cityId(JsonValues.readString(p));
                default -> p.skipChildren();
            }
        }
    }
}
