package com.example.weather.model;

import io.shapegen.runtime.AwsErrorDetails;
import io.shapegen.runtime.AwsServiceException;
import javax.annotation.processing.Generated;

/**
 * An error answered by Example Weather Service. Each error the model declares is a subclass; an error code
 * the model does not declare arrives as this type itself.
 */
@Generated("io.shapegen")
public class WeatherException extends AwsServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param details what the service answered
     */
    public WeatherException(AwsErrorDetails details) {
        super(details);
    }
}
