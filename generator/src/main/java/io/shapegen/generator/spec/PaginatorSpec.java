package io.shapegen.generator.spec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * A paginated operation, resolved for Java: the client methods and classes it gets, and how a page leads to the
 * next. Every name is decided here; the emitters and the docs only read it.
 *
 * @param operation the operation that pages
 * @param source whether the paginator comes from the paginators file or was inferred from the operation's shapes
 * @param methodName the paginator method of both clients, for example {@code listAppInstancesPaginator}
 * @param iterableClass what the sync method returns, for example {@code ListAppInstancesIterable}
 * @param publisherClass what the async method returns, for example {@code ListAppInstancesPublisher}; empty when
 *     no async client is generated
 * @param tokensClass the package-private class both share that reads tokens and items from a page, for example
 *     {@code ListAppInstancesPageTokens}
 * @param tokens each input token with the output path that fills it, in the paginator's order
 * @param limitKey the request member that sets the page size, if any
 * @param moreResults the response path of the boolean that says whether more pages follow, if any
 * @param items the item lists a paginator flattens, each with the method that returns them
 */
public record PaginatorSpec(OperationSpec operation, Source source, String methodName, ClassName iterableClass,
        Optional<ClassName> publisherClass, ClassName tokensClass, List<Token> tokens, Optional<MemberSpec> limitKey,
        Optional<MemberPath> moreResults, List<Items> items) {

    /** Where a paginator comes from. */
    public enum Source {
        /** The paginators file. */
        FILE,
        /** Inferred from a next-token member in both the input and the output. */
        INFERRED
    }

    /** Copies the lists. */
    public PaginatorSpec {
        tokens = List.copyOf(tokens);
        items = List.copyOf(items);
    }

    /**
     * A path of members from the response down to a value, for example {@code Foo.NextToken}: every member but the
     * last is a structure.
     *
     * @param path the path as the model writes it
     * @param members the members along it, the first one a member of the response
     * @param readerName the static method of the tokens class that reads the value from a page ({@code null} when
     *     a structure on the way is absent, an empty list for a list)
     */
    public record MemberPath(String path, List<MemberSpec> members, String readerName) {
        /** Copies the members. */
        public MemberPath {
            members = List.copyOf(members);
        }

        /** @return the member the path ends at */
        public MemberSpec last() {
            return members.get(members.size() - 1);
        }

        /** @return the Java type of the value, as its accessor returns it */
        public TypeName type() {
            return last().accessorType();
        }
    }

    /**
     * One input token and where its next value comes from.
     *
     * @param input the request member (its builder setter takes the next value)
     * @param output the response path of the next value
     */
    public record Token(MemberSpec input, MemberPath output) {
    }

    /**
     * A list of items in each page, flattened across pages.
     *
     * @param methodName the method of the iterable and publisher that returns the items of every page; also the
     *     reader of the tokens class that returns the items of one page
     * @param path the response path of the list
     * @param itemType the type of one item
     */
    public record Items(String methodName, MemberPath path, TypeName itemType) {
    }
}
