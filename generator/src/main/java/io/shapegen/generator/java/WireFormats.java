package io.shapegen.generator.java;

import com.palantir.javapoet.CodeBlock;
import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.MemberLocation;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StructureShape;
import io.shapegen.model.shape.TimestampFormat;
import io.shapegen.model.shape.TimestampShape;
import java.util.Optional;

/**
 * Decides how timestamps travel and whether generated wire code must tolerate deprecated members:
 * the member's {@code timestampFormat}, else its shape's, else the protocol default for where it travels
 * (epoch seconds in JSON bodies, RFC 822 in headers, ISO 8601 in query strings and URI labels).
 */
final class WireFormats {
    private WireFormats() {
    }

    /**
     * @param member the member (or list member) holding the timestamp
     * @param target the timestamp shape
     * @param location where the value travels
     * @return the runtime format constant, for example {@code TimestampFormat.EPOCH_SECONDS}
     */
    static CodeBlock timestamp(Member member, Shape target, MemberLocation location) {
        Optional<TimestampFormat> format = member.traits().timestampFormat();
        if (format.isEmpty() && target instanceof TimestampShape timestamp) {
            format = timestamp.timestampFormat();
        }
        String constant = format.map(WireFormats::constant).orElseGet(() -> switch (location) {
            case HEADER, HEADERS -> "RFC_822";
            case QUERY_STRING, URI -> "ISO_8601";
            default -> "EPOCH_SECONDS";
        });
        return CodeBlock.of("$T.$L", RuntimeTypes.TIMESTAMP_FORMAT, constant);
    }

    private static String constant(TimestampFormat format) {
        return switch (format) {
            case ISO8601 -> "ISO_8601";
            case RFC822 -> "RFC_822";
            case UNIX_TIMESTAMP -> "EPOCH_SECONDS";
        };
    }

    /** @return whether the model deprecates anything, so wire code that touches it must suppress the warning */
    static boolean hasDeprecations(ServiceModel model) {
        return model.operations().values().stream().anyMatch(o -> o.deprecated())
                || model.shapes().values().stream().anyMatch(s -> s.traits().deprecated()
                        || s instanceof StructureShape structure
                                && structure.members().stream().anyMatch(m -> m.traits().deprecated()));
    }
}
