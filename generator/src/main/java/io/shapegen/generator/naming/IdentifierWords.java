package io.shapegen.generator.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits model names into words and joins them in Java's cases, the way the AWS SDK for Java v2 does:
 * {@code "Chime SDK Identity"} → {@code ChimeSdkIdentity}, {@code "CreatedTimestamp"} →
 * {@code CREATED_TIMESTAMP}, {@code "ml.t2.medium"} → {@code ML_T2_MEDIUM}.
 */
public final class IdentifierWords {
    private IdentifierWords() {
    }

    /**
     * Splits on every character that is not an ASCII letter or digit, and on case changes: before an
     * upper-case letter that follows a lower-case one ({@code appInstance}), and before the last letter of an
     * upper-case run that a lower-case letter follows ({@code SDKIdentity} → SDK, Identity).
     *
     * @param name any text
     * @return its words, possibly none
     */
    public static List<String> split(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0 && startsNewWord(name, i)) {
                flush(word, words);
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    /** @param name any text @return PascalCase words, each capitalized with the rest in lower case */
    public static String pascalCase(String name) {
        StringBuilder result = new StringBuilder();
        for (String word : split(name)) {
            result.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return result.toString();
    }

    /** @param name any text @return UPPER_SNAKE words */
    public static String screamingSnakeCase(String name) {
        return String.join("_", split(name)).toUpperCase(Locale.ROOT);
    }

    /**
     * Lower-cases a leading acronym, as v2's {@code unCapitalize}: {@code AppInstanceArn} →
     * {@code appInstanceArn}, {@code SSEDescription} → {@code sseDescription}, {@code ARN} → {@code arn}.
     *
     * @param name an identifier of ASCII letters and digits
     * @return the name starting in lower case
     */
    public static String unCapitalize(String name) {
        int upperRun = 0;
        while (upperRun < name.length() && isAsciiUpper(name.charAt(upperRun))) {
            upperRun++;
        }
        if (upperRun == 0) {
            return name;
        }
        if (upperRun == name.length() || upperRun == 1) {
            return name.substring(0, upperRun).toLowerCase(Locale.ROOT) + name.substring(upperRun);
        }
        boolean lowerFollows = Character.isLowerCase(name.charAt(upperRun));
        int lowered = lowerFollows ? upperRun - 1 : upperRun;
        return name.substring(0, lowered).toLowerCase(Locale.ROOT) + name.substring(lowered);
    }

    /** @param name any text @return whether it is ASCII letters and digits only, starting with a letter */
    public static boolean isPlainIdentifier(String name) {
        if (name.isEmpty() || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!isAsciiLetterOrDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsNewWord(String name, int i) {
        char c = name.charAt(i);
        char previous = name.charAt(i - 1);
        if (!isAsciiUpper(c)) {
            return false;
        }
        if (isAsciiLower(previous) || Character.isDigit(previous) && i >= 2 && isAsciiLower(name.charAt(i - 2))) {
            return true;
        }
        return isAsciiUpper(previous) && i + 1 < name.length() && isAsciiLower(name.charAt(i + 1));
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return isAsciiUpper(c) || isAsciiLower(c);
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
