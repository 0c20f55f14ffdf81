package io.shapegen.runtime.pagination;

import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An {@link Iterable} that can also be read as a {@link Stream}. Paginators return one for their pages and one
 * for the items of every page; both fetch pages lazily, as the iteration or the stream advances.
 *
 * @param <T> the element type
 */
@FunctionalInterface
public interface SdkIterable<T> extends Iterable<T> {
    /** @return a sequential stream over the elements; pages are fetched as the stream pulls them */
    default Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false);
    }
}
