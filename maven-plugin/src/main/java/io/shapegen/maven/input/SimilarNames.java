package io.shapegen.maven.input;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggests which names someone probably meant, for "no such entry" messages. Names are split into words
 * ({@code models/chime-sdk-identity-model.json} → models, chime, sdk, identity, model, json; single characters
 * are dropped); a candidate scores for each word it shares with the wanted name, and a word counts for more the
 * fewer candidates have it, so {@code identity} matters and {@code json} hardly does. A candidate must share at
 * least one word that at most half of the candidates have.
 */
final class SimilarNames {
    private SimilarNames() {
    }

    /**
     * @param wanted the name that was not found
     * @param candidates the names that exist
     * @param limit at most this many suggestions
     * @return the best-scoring candidates, best first (ties: shorter, then alphabetical); empty when nothing
     *     shares a distinctive word
     */
    static List<String> closestTo(String wanted, List<String> candidates, int limit) {
        Set<String> wantedWords = words(wanted);
        Map<String, Integer> frequency = new HashMap<>();
        for (String candidate : candidates) {
            for (String word : words(candidate)) {
                frequency.merge(word, 1, Integer::sum);
            }
        }
        int total = candidates.size();
        record Scored(String name, double score) {
        }
        return candidates.stream()
                .map(candidate -> new Scored(candidate, score(wantedWords, words(candidate), frequency, total)))
                .filter(scored -> scored.score() > 0)
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparingInt((Scored scored) -> scored.name().length())
                        .thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    private static double score(Set<String> wanted, Set<String> candidate, Map<String, Integer> frequency,
            int total) {
        double score = 0;
        boolean distinctive = false;
        for (String word : wanted) {
            if (candidate.contains(word)) {
                int count = frequency.get(word);
                score += Math.log((total + 1.0) / count);
                // Sharing only words most candidates have (models, json) is no sign it was meant.
                distinctive |= count * 2 <= total;
            }
        }
        return distinctive ? score : 0;
    }

    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        for (String word : name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            // Single characters (the 2 of service-2.json) match too much to mean anything.
            if (word.length() > 1) {
                words.add(word);
            }
        }
        return words;
    }
}
