package io.shapegen.generator.java;

import io.shapegen.generator.spec.MemberSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the per-member statements of very large structures into private methods, so that no method nears the
 * JVM's 64 KB bytecode limit. Chunk methods are named with a {@code $}, which no name derived from a member can
 * contain, so they never collide with an accessor.
 */
final class MemberChunks {
    /** Members per method: a few kilobytes of bytecode each, far below the limit. */
    static final int SIZE = 400;

    private MemberChunks() {
    }

    static List<List<MemberSpec>> of(List<MemberSpec> members) {
        List<List<MemberSpec>> chunks = new ArrayList<>();
        for (int start = 0; start < members.size(); start += SIZE) {
            chunks.add(members.subList(start, Math.min(members.size(), start + SIZE)));
        }
        return chunks.isEmpty() ? List.of(members) : chunks;
    }

    static String name(String method, int index) {
        return method + "$" + index;
    }
}
