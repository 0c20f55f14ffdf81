package io.shapegen.model;

import java.util.List;

/**
 * The {@code metadata} block of a service model. Absent texts are {@code ""}.
 *
 * @param protocol the wire protocol: rest-json, json, rest-xml, query, ec2, smithy-rpc-v2-cbor
 * @param protocols every protocol the service supports, preferred first
 * @param apiVersion the API version, for example {@code 2021-04-20}
 * @param endpointPrefix the first label of the endpoint host
 * @param signingName the SigV4 service name ({@code endpointPrefix} when not given)
 * @param serviceId the stable service id, for example {@code Chime SDK Identity}
 * @param serviceFullName the marketing name, for example {@code Amazon Chime SDK Identity}
 * @param serviceAbbreviation the short marketing name, if any
 * @param uid the model uid, used by AWS documentation links
 * @param jsonVersion the awsJson version, {@code 1.0} or {@code 1.1}
 * @param targetPrefix the {@code X-Amz-Target} prefix of the json protocol
 * @param signatureVersion the signature version, usually {@code v4}
 * @param globalEndpoint the endpoint of a global service, if any
 * @param awsQueryCompatible whether a json service also answers query-style error codes
 */
public record ServiceMetadata(String protocol, List<String> protocols, String apiVersion, String endpointPrefix,
        String signingName, String serviceId, String serviceFullName, String serviceAbbreviation, String uid,
        String jsonVersion, String targetPrefix, String signatureVersion, String globalEndpoint,
        boolean awsQueryCompatible) {
    /** Copies the protocol list. */
    public ServiceMetadata {
        protocols = List.copyOf(protocols);
    }
}
