package io.shapegen.model;

import java.util.List;
import java.util.Optional;

/**
 * How an operation pages, as {@code paginators-1.json} describes it. Tokens and keys are member paths,
 * possibly dotted ({@code Foo.NextToken}).
 *
 * @param operationName the operation that pages
 * @param inputTokens the input members that carry the token(s)
 * @param outputTokens the output paths that carry the next token(s), in the same order
 * @param limitKey the input member that sets the page size, if any
 * @param resultKeys the output paths of the paged items
 * @param moreResults the output path of a boolean saying whether more pages exist, if any
 * @param position where the paginator is defined
 */
public record Paginator(String operationName, List<String> inputTokens, List<String> outputTokens,
        Optional<String> limitKey, List<String> resultKeys, Optional<String> moreResults, ModelPosition position) {
    /** Copies the lists. */
    public Paginator {
        inputTokens = List.copyOf(inputTokens);
        outputTokens = List.copyOf(outputTokens);
        resultKeys = List.copyOf(resultKeys);
    }
}
