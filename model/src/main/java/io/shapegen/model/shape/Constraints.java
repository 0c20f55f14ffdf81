package io.shapegen.model.shape;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Value constraints: lengths for strings, lists, maps and blobs; ranges for numbers.
 *
 * @param min the least length or value, if constrained
 * @param max the greatest length or value, if constrained
 * @param pattern the regular expression a string must match, if any
 */
public record Constraints(Optional<BigDecimal> min, Optional<BigDecimal> max, Optional<String> pattern) {
    /** No constraint at all. */
    public static final Constraints NONE = new Constraints(Optional.empty(), Optional.empty(), Optional.empty());

    /** @return whether any constraint is set */
    public boolean isEmpty() {
        return min.isEmpty() && max.isEmpty() && pattern.isEmpty();
    }
}
