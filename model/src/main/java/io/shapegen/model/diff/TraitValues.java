package io.shapegen.model.diff;

import io.shapegen.model.HttpBinding;
import io.shapegen.model.Operation;
import io.shapegen.model.ServiceMetadata;
import io.shapegen.model.shape.Constraints;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.MemberLocation;
import io.shapegen.model.shape.MemberTraits;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.ShapeTraits;
import io.shapegen.model.shape.StructureShape;
import io.shapegen.model.shape.TimestampShape;
import io.shapegen.model.shape.TimestampFormat;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The traits of operations, shapes, members and the service as named values in words, so that two versions
 * can be compared trait by trait, and the HTTP bindings as one phrase each. Documentation, {@code required},
 * {@code sensitive} and enum values are compared elsewhere: they have change kinds of their own.
 */
final class TraitValues {
    private static final String NONE = "(none)";

    private TraitValues() {
    }

    static Map<String, String> of(ServiceMetadata metadata) {
        Map<String, String> traits = new LinkedHashMap<>();
        traits.put("protocol", text(metadata.protocol()));
        traits.put("protocols", metadata.protocols().isEmpty() ? NONE : String.join(", ", metadata.protocols()));
        traits.put("apiVersion", text(metadata.apiVersion()));
        traits.put("endpointPrefix", text(metadata.endpointPrefix()));
        traits.put("signingName", text(metadata.signingName()));
        traits.put("serviceId", text(metadata.serviceId()));
        traits.put("serviceFullName", text(metadata.serviceFullName()));
        traits.put("serviceAbbreviation", text(metadata.serviceAbbreviation()));
        traits.put("uid", text(metadata.uid()));
        traits.put("jsonVersion", text(metadata.jsonVersion()));
        traits.put("targetPrefix", text(metadata.targetPrefix()));
        traits.put("signatureVersion", text(metadata.signatureVersion()));
        traits.put("globalEndpoint", text(metadata.globalEndpoint()));
        traits.put("awsQueryCompatible", String.valueOf(metadata.awsQueryCompatible()));
        return traits;
    }

    static Map<String, String> of(Operation operation) {
        Map<String, String> traits = new LinkedHashMap<>();
        traits.put("deprecated", String.valueOf(operation.deprecated()));
        traits.put("deprecatedMessage", text(operation.deprecatedMessage()));
        traits.put("idempotent", String.valueOf(operation.idempotent()));
        traits.put("authType", text(operation.authType()));
        traits.put("httpChecksumRequired", String.valueOf(operation.httpChecksumRequired()));
        return traits;
    }

    static Map<String, String> of(Shape shape) {
        ShapeTraits shapeTraits = shape.traits();
        Map<String, String> traits = new LinkedHashMap<>();
        traits.put("deprecated", String.valueOf(shapeTraits.deprecated()));
        traits.put("deprecatedMessage", text(shapeTraits.deprecatedMessage()));
        Constraints constraints = shapeTraits.constraints();
        traits.put("min", number(constraints.min()));
        traits.put("max", number(constraints.max()));
        traits.put("pattern", text(constraints.pattern()));
        traits.put("box", String.valueOf(shapeTraits.box()));
        traits.put("streaming", String.valueOf(shapeTraits.streaming()));
        traits.put("xmlNamespace", text(shapeTraits.xml().namespace()));
        traits.put("xmlNamespacePrefix", text(shapeTraits.xml().namespacePrefix()));
        traits.put("xmlName", text(shapeTraits.xml().locationName()));
        traits.put("flattened", String.valueOf(shapeTraits.xml().flattened()));
        if (shape instanceof TimestampShape timestamp) {
            traits.put("timestampFormat", text(timestamp.timestampFormat().map(TimestampFormat::modelName)));
        }
        if (shape instanceof StructureShape structure) {
            traits.put("errorCode", text(structure.error().flatMap(error -> error.code())));
            traits.put("errorHttpStatusCode", text(structure.error().flatMap(error -> error.httpStatusCode())
                    .map(String::valueOf)));
            traits.put("senderFault", String.valueOf(structure.error().map(error -> error.senderFault())
                    .orElse(false)));
            traits.put("fault", String.valueOf(structure.fault()));
        }
        return traits;
    }

    static Map<String, String> of(Member member) {
        MemberTraits memberTraits = member.traits();
        Map<String, String> traits = new LinkedHashMap<>();
        traits.put("idempotencyToken", String.valueOf(memberTraits.idempotencyToken()));
        traits.put("jsonvalue", String.valueOf(memberTraits.jsonValue()));
        traits.put("timestampFormat", text(memberTraits.timestampFormat().map(TimestampFormat::modelName)));
        traits.put("deprecated", String.valueOf(memberTraits.deprecated()));
        traits.put("deprecatedMessage", text(memberTraits.deprecatedMessage()));
        traits.put("box", String.valueOf(memberTraits.box()));
        traits.put("streaming", String.valueOf(memberTraits.streaming()));
        traits.put("hostLabel", String.valueOf(memberTraits.hostLabel()));
        traits.put("eventpayload", String.valueOf(memberTraits.eventPayload()));
        traits.put("eventheader", String.valueOf(memberTraits.eventHeader()));
        traits.put("queryName", text(memberTraits.queryName()));
        traits.put("xmlNamespace", text(memberTraits.xml().namespace()));
        traits.put("xmlNamespacePrefix", text(memberTraits.xml().namespacePrefix()));
        traits.put("xmlAttribute", String.valueOf(memberTraits.xml().attribute()));
        traits.put("flattened", String.valueOf(memberTraits.xml().flattened()));
        return traits;
    }

    /** @return for example {@code POST /app-instances (200)}, with the host prefix when there is one */
    static String binding(Operation operation) {
        HttpBinding http = operation.http();
        String binding = http.method() + " " + http.requestUri() + " (" + http.responseCode() + ")";
        return operation.hostPrefix().isEmpty() ? binding : binding + ", host prefix " + operation.hostPrefix();
    }

    /** @return for example {@code header X-Amz-Token}, {@code uri appInstanceArn}, {@code body Name} */
    static String binding(Member member) {
        if (member.location() == MemberLocation.STATUS_CODE) {
            return "statusCode";
        }
        String where = member.location() == MemberLocation.BODY ? "body" : member.location().modelName();
        return where + " " + member.wireName();
    }

    /** @return for example {@code payload Body}, or {@code body} when the members make up the body */
    static String binding(StructureShape structure) {
        return structure.payload().map(member -> "payload " + member).orElse("body");
    }

    private static String text(String value) {
        return value.isEmpty() ? NONE : value;
    }

    private static String text(Optional<String> value) {
        return value.map(TraitValues::text).orElse(NONE);
    }

    private static String number(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(NONE);
    }
}
