package io.shapegen.generator.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Independent pieces of one generation (rendering a file, staging a file) spread over the cores, with results
 * and failures that do not depend on the scheduling: results come back in the order of the input, and when
 * several pieces fail, the first one's exception (in input order) is thrown, exactly as it was thrown, not
 * wrapped. The work runs on the common fork/join pool, which the calling thread joins.
 */
public final class InParallel {
    private InParallel() {
    }

    /**
     * @param items the inputs
     * @param work what to do with each; must not depend on the other items' work
     * @param <T> input type
     * @param <R> result type
     * @return the results, in the order of {@code items}
     * @throws RuntimeException the first failure in input order, if any work failed (all work has ended by then)
     * @throws Error likewise
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        if (items.size() < 2) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(work.apply(item));
            }
            return results;
        }
        List<Outcome<R>> outcomes = items.parallelStream().map(item -> Outcome.<R>of(() -> work.apply(item))).toList();
        List<R> results = new ArrayList<>(outcomes.size());
        for (Outcome<R> outcome : outcomes) {
            results.add(outcome.get());
        }
        return results;
    }

    /**
     * Starts a piece of work on another core, for the caller to {@link Pending#join() join} when it needs it.
     *
     * @param work the work
     * @param <R> result type
     * @return its pending result
     */
    public static <R> Pending<R> start(Supplier<R> work) {
        return new Pending<>(CompletableFuture.supplyAsync(() -> Outcome.of(work)));
    }

    /**
     * A result still being computed.
     *
     * @param <R> result type
     */
    public static final class Pending<R> {
        private final CompletableFuture<Outcome<R>> future;

        private Pending(CompletableFuture<Outcome<R>> future) {
            this.future = future;
        }

        /**
         * @return the result, once there
         * @throws RuntimeException what the work threw, unwrapped
         * @throws Error likewise
         */
        public R join() {
            try {
                return future.join().get();
            } catch (CompletionException e) {
                throw Outcome.rethrow(e.getCause());
            }
        }
    }

    /** A result or what was thrown instead. */
    private record Outcome<R>(R value, Throwable failure) {
        static <R> Outcome<R> of(Supplier<? extends R> work) {
            try {
                return new Outcome<>(work.get(), null);
            } catch (RuntimeException | Error e) {
                return new Outcome<>(null, e);
            }
        }

        R get() {
            if (failure != null) {
                throw rethrow(failure);
            }
            return value;
        }

        static RuntimeException rethrow(Throwable failure) {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failure);
        }
    }
}
