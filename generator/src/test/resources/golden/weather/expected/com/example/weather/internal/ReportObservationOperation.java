package com.example.weather.internal;

import com.example.weather.model.ReportObservationRequest;
import com.example.weather.model.ReportObservationResponse;
import com.fasterxml.jackson.core.JsonGenerator;
import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.client.MarshalledRequest;
import io.shapegen.runtime.http.HttpResponse;
import io.shapegen.runtime.protocol.JsonBodies;
import io.shapegen.runtime.protocol.UriLabels;
import java.io.IOException;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;

/**
 * The rest-json wire form of the {@code ReportObservation} operation, shared by the clients (not an API):
 * {@link #marshall} makes the HTTP parts of a {@link ReportObservationRequest},
 * {@link #unmarshall} reads a {@link ReportObservationResponse}.
 */
@Generated("io.shapegen")
@SuppressWarnings("deprecation")
public final class ReportObservationOperation {
    private ReportObservationOperation() {
    }

    /**
     * @param request the input
     * @param idempotencyTokens fills idempotency tokens the input leaves out
     * @return the request's HTTP parts
     * @throws SdkClientException if a member that fills the path or the host is missing
     */
    public static MarshalledRequest marshall(ReportObservationRequest request,
            Supplier<String> idempotencyTokens) {
        if (request.clientToken() == null) {
            request = request.toBuilder().clientToken(idempotencyTokens.get()).build();
        }
        MarshalledRequest.Builder http = MarshalledRequest.builder("ReportObservation", "POST", "/cities/"
                .concat(UriLabels.path(request.cityId(), "ReportObservation", "CityId"))
                .concat("/observations"));
        http.headerIfAbsent("Content-Type", "application/json");
        http.body(JsonBodies.toBytes("ReportObservation", request, ReportObservationOperation::writeBody));
        return http.build();
    }

    private static void writeBody(JsonGenerator g, ReportObservationRequest request) throws
            IOException {
        g.writeStartObject();
        if (request.observation() != null) {
            g.writeFieldName("Observation");
            ObservationJson.write(g, request.observation());
        }
        if (request.clientToken() != null) {
            g.writeFieldName("ClientToken");
            g.writeString(request.clientToken());
        }
        if (request.apiKey() != null) {
            g.writeFieldName("ApiKey");
            g.writeString(request.apiKey());
        }
        g.writeEndObject();
    }

    /**
     * @param response a 2xx response
     * @return the output
     * @throws IOException if the body is not the JSON expected
     */
    public static ReportObservationResponse unmarshall(HttpResponse response) throws IOException {
        ReportObservationResponse.Builder builder = ReportObservationResponse.builder();
        return builder.build();
    }
}
