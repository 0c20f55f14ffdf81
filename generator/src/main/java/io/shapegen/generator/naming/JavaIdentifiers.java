package io.shapegen.generator.naming;

import java.util.List;

/**
 * Turns model names into Java identifiers, following the AWS SDK for Java v2 where it has a rule and
 * making every other name safe: keywords, leading digits, symbols, empty and non-ASCII names.
 */
public final class JavaIdentifiers {
    /**
     * The longest identifier made. Class names become file names with suffixes such as {@code Unmarshaller.java},
     * and file systems allow 255 bytes; a longer model name is cut and given a hash of the whole name, so that
     * two long names that share a prefix stay distinct, deterministically.
     */
    static final int MAX_LENGTH = 100;

    private JavaIdentifiers() {
    }

    /** @param name an identifier @return it, or its first characters plus a hash of the rest when too long */
    static String limit(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode() & 0x7fffffff);
        return name.substring(0, MAX_LENGTH - hash.length() - 1) + "_" + hash;
    }

    /**
     * The service's base name, from its service id: {@code "Chime SDK Identity"} → {@code ChimeSdkIdentity}.
     * Leading {@code Amazon}/{@code AWS} and a trailing {@code Service} are dropped, as v2 does.
     *
     * @param serviceId the model's {@code serviceId}
     * @return a PascalCase name, {@code Service} when nothing usable is left
     */
    public static String serviceName(String serviceId) {
        String name = IdentifierWords.pascalCase(serviceId);
        name = removeLeading(name, "Amazon");
        name = removeLeading(name, "Aws");
        if (name.endsWith("Service") && name.length() > "Service".length()) {
            name = name.substring(0, name.length() - "Service".length());
        }
        return safeTypeName(name, "Service");
    }

    /**
     * A class name from a shape or operation name: kept as written when it is already a plain identifier
     * (v2 only capitalizes), else rebuilt from its words.
     *
     * @param modelName the name in the model
     * @param fallback what to use when nothing of the name is usable
     * @return a legal Java type name
     */
    public static String typeName(String modelName, String fallback) {
        String name = IdentifierWords.isPlainIdentifier(modelName)
                ? Character.toUpperCase(modelName.charAt(0)) + modelName.substring(1)
                : IdentifierWords.pascalCase(modelName);
        return safeTypeName(name, fallback);
    }

    /**
     * A method or field name from a member name: {@code AppInstanceArn} → {@code appInstanceArn}. Keywords
     * and the names in {@code reserved} get the suffix {@code Value} ({@code class} → {@code classValue}).
     *
     * @param memberName the member's name in the model
     * @param reserved method names the owning class already uses
     * @return a legal Java identifier
     */
    public static String memberName(String memberName, java.util.Set<String> reserved) {
        String name;
        if (IdentifierWords.isPlainIdentifier(memberName)) {
            name = IdentifierWords.unCapitalize(memberName);
        } else {
            String pascal = IdentifierWords.pascalCase(memberName);
            name = pascal.isEmpty() ? "" : IdentifierWords.unCapitalize(pascal);
        }
        if (name.isEmpty()) {
            name = "member";
        } else if (Character.isDigit(name.charAt(0))) {
            name = "member" + name;
        }
        name = limit(name);
        if (JavaReservedNames.isKeyword(name) || reserved.contains(name)) {
            name = name + "Value";
        }
        return name;
    }

    /**
     * An enum constant from a value: {@code CreatedTimestamp} → {@code CREATED_TIMESTAMP},
     * {@code ml.t2.medium} → {@code ML_T2_MEDIUM}, {@code 1} → {@code VALUE_1}; {@code *} → {@code VALUE}.
     *
     * @param value the enum value on the wire
     * @return a legal constant name (uniqueness is the caller's {@link NameScope}'s job)
     */
    public static String enumConstant(String value) {
        List<String> words = IdentifierWords.split(value);
        String name = String.join("_", words).toUpperCase(java.util.Locale.ROOT);
        if (name.isEmpty()) {
            return "VALUE";
        }
        if (Character.isDigit(name.charAt(0))) {
            return limit("VALUE_" + name);
        }
        return limit(name);
    }

    private static String safeTypeName(String name, String fallback) {
        if (name.isEmpty()) {
            return fallback;
        }
        if (Character.isDigit(name.charAt(0))) {
            name = fallback + name;
        }
        if (JavaReservedNames.isWindowsDeviceName(name)) {
            name = name + "Shape";
        }
        return limit(name);
    }

    private static String removeLeading(String name, String prefix) {
        return name.startsWith(prefix) && name.length() > prefix.length() ? name.substring(prefix.length()) : name;
    }
}
