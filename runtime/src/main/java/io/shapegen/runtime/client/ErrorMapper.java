package io.shapegen.runtime.client;

import io.shapegen.runtime.AwsErrorDetails;
import io.shapegen.runtime.AwsServiceException;
import io.shapegen.runtime.http.HttpResponse;
import java.io.IOException;

/**
 * Turns an error response into an exception; generated for each service: the modeled exception whose
 * name is the error code, else the service's base exception.
 */
@FunctionalInterface
public interface ErrorMapper {
    /**
     * @param details the status, error code, message and request id read from the response
     * @param response the complete response, for the modeled members of the error
     * @return the exception to throw
     * @throws IOException if the body cannot be read as the modeled error
     */
    AwsServiceException map(AwsErrorDetails details, HttpResponse response) throws IOException;
}
