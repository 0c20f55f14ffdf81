package io.shapegen.runtime.region;

import java.util.Objects;

/**
 * An AWS region, such as {@code us-east-1}.
 *
 * @param id the region id: lower-case letters, digits and hyphens
 */
public record Region(String id) {
    /** US East (N. Virginia). */
    public static final Region US_EAST_1 = new Region("us-east-1");
    /** US West (Oregon). */
    public static final Region US_WEST_2 = new Region("us-west-2");
    /** Europe (Ireland). */
    public static final Region EU_WEST_1 = new Region("eu-west-1");
    /** Europe (Frankfurt). */
    public static final Region EU_CENTRAL_1 = new Region("eu-central-1");
    /** Asia Pacific (Tokyo). */
    public static final Region AP_NORTHEAST_1 = new Region("ap-northeast-1");
    /** China (Beijing). */
    public static final Region CN_NORTH_1 = new Region("cn-north-1");

    /** Validates the id. */
    public Region {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty() || !id.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')
                || id.startsWith("-") || id.endsWith("-")) {
            throw new IllegalArgumentException("'" + id + "' is not a region id; use lower-case letters, digits"
                    + " and hyphens, for example us-east-1.");
        }
    }

    /**
     * @param id a region id, for example {@code eu-west-1}
     * @return the region
     */
    public static Region of(String id) {
        return new Region(id);
    }

    /** @return the DNS suffix of the region's partition: {@code amazonaws.com.cn} for China, else {@code amazonaws.com} */
    public String dnsSuffix() {
        return id.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    }

    /** @return the partition: {@code aws-cn} for China, {@code aws-us-gov} for GovCloud, else {@code aws} */
    public String partition() {
        if (id.startsWith("cn-")) {
            return "aws-cn";
        }
        return id.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }

    @Override
    public String toString() {
        return id;
    }
}
