package com.example.weather.internal;

import com.example.weather.model.Day;
import com.example.weather.model.GetForecastRequest;
import com.example.weather.model.GetForecastResponse;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.client.MarshalledRequest;
import io.shapegen.runtime.http.HttpResponse;
import io.shapegen.runtime.protocol.JsonBodies;
import io.shapegen.runtime.protocol.JsonValues;
import io.shapegen.runtime.protocol.TimestampFormat;
import io.shapegen.runtime.protocol.UriLabels;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The rest-json wire form of the {@code GetForecast} operation, shared by the clients (not an API):
 * {@link #marshall} makes the HTTP parts of a {@link GetForecastRequest},
 * {@link #unmarshall} reads a {@link GetForecastResponse}.
 */
@Generated("io.shapegen")
@SuppressWarnings("deprecation")
public final class GetForecastOperation {
    private GetForecastOperation() {
    }

    /**
     * @param request the input
     * @return the request's HTTP parts
     * @throws SdkClientException if a member that fills the path or the host is missing
     */
    public static MarshalledRequest marshall(GetForecastRequest request) {
        MarshalledRequest.Builder http = MarshalledRequest.builder("GetForecast", "GET", "/cities/"
                .concat(UriLabels.path(request.cityId(), "GetForecast", "CityId"))
                .concat("/forecast"));
        if (request.unitsAsString() != null) {
            http.header("x-units", request.unitsAsString());
        }
        if (request.days() != null) {
            http.query("days", String.valueOf(request.days()));
        }
        return http.build();
    }

    /**
     * @param response a 2xx response
     * @return the output
     * @throws IOException if the body is not the JSON expected
     */
    public static GetForecastResponse unmarshall(HttpResponse response) throws IOException {
        GetForecastResponse.Builder builder = GetForecastResponse.builder();
        JsonBodies.read(response, builder, GetForecastOperation::readBody);
        return builder.build();
    }

    private static void readBody(JsonParser p, GetForecastResponse.Builder builder) throws
            IOException {
        JsonValues.expectObject(p);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (field) {
                case "Days" -> {
                    JsonValues.expectArray(p);
                    List<Day> list0 = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (p.currentToken() != JsonToken.VALUE_NULL) {
                            list0.add(DayJson.read(p));
                        }
                    }
                    builder.days(list0);
                }
                case "Alerts" -> {
                    JsonValues.expectObject(p);
                    Map<String, String> map0 = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key0 = p.currentName();
                        if (p.nextToken() != JsonToken.VALUE_NULL) {
                            map0.put(key0, JsonValues.readString(p));
                        }
                    }
                    builder.alerts(map0);
                }
                case "Conditions" -> {
                    JsonValues.expectArray(p);
                    List<String> list0 = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (p.currentToken() != JsonToken.VALUE_NULL) {
                            list0.add(JsonValues.readString(p));
                        }
                    }
                    builder.conditionsWithStrings(list0);
                }
                case "IssuedAt" -> builder.issuedAt(JsonValues.readTimestamp(p, TimestampFormat.EPOCH_SECONDS));
                default -> p.skipChildren();
            }
        }
    }
}
