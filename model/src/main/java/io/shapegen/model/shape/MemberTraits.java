package io.shapegen.model.shape;

import java.util.Optional;

/**
 * The less common member traits.
 *
 * @param idempotencyToken filled with a fresh token when the caller leaves it empty
 * @param jsonValue a string header that carries base64 JSON ({@code jsonvalue})
 * @param timestampFormat overrides the protocol's default timestamp format
 * @param deprecated whether the member is deprecated
 * @param deprecatedMessage why, {@code ""} when not said
 * @param sensitive whether the member's values must never be printed (besides the target's own trait)
 * @param box whether a primitive value may be absent
 * @param streaming whether the member is a streaming payload
 * @param hostLabel whether the member fills a label of the endpoint host prefix
 * @param eventPayload whether the member is an event's payload
 * @param eventHeader whether the member is an event header
 * @param queryName the EC2 query name, if any
 * @param xml XML traits of the member
 */
public record MemberTraits(boolean idempotencyToken, boolean jsonValue, Optional<TimestampFormat> timestampFormat,
        boolean deprecated, String deprecatedMessage, boolean sensitive, boolean box, boolean streaming,
        boolean hostLabel, boolean eventPayload, boolean eventHeader, Optional<String> queryName, XmlMemberTraits xml) {

    /** No traits. */
    public static final MemberTraits NONE = new MemberTraits(false, false, Optional.empty(), false, "", false, false,
            false, false, false, false, Optional.empty(), XmlMemberTraits.NONE);

    /**
     * XML traits of a member.
     *
     * @param namespace the {@code xmlNamespace} uri, if any
     * @param namespacePrefix its prefix, if any
     * @param attribute whether the member is an XML attribute
     * @param flattened whether a list or map member is flattened
     */
    public record XmlMemberTraits(Optional<String> namespace, Optional<String> namespacePrefix, boolean attribute,
            boolean flattened) {
        /** No XML traits. */
        public static final XmlMemberTraits NONE = new XmlMemberTraits(Optional.empty(), Optional.empty(), false, false);
    }
}
