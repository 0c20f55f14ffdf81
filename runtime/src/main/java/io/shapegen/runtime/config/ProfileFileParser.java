package io.shapegen.runtime.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the INI format of {@code ~/.aws/config} and {@code ~/.aws/credentials}: {@code [section]}
 * headers, {@code name = value} lines, {@code #} and {@code ;} comments, and indented continuation
 * lines (sub-properties such as {@code s3 =} followed by indented settings).
 *
 * <p>In the config file, profiles are {@code [profile NAME]} or {@code [default]}, and other sections
 * ({@code [sso-session x]}, {@code [services x]}) are skipped. In the credentials file every section is
 * a profile, named as written.
 */
final class ProfileFileParser {
    private ProfileFileParser() {
    }

    /**
     * @param content the file's text
     * @param configFile whether this is the config file (profiles as {@code [profile NAME]}) rather than credentials
     * @param source the file name for error messages
     * @return profile name → settings, in file order
     * @throws IllegalArgumentException naming the file and line when a line cannot be read
     */
    static Map<String, Map<String, String>> parse(String content, boolean configFile, String source) {
        Map<String, Map<String, String>> profiles = new LinkedHashMap<>();
        Map<String, String> current = null;
        boolean skipping = false;
        String lastKey = null;
        String[] lines = content.split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String raw = lines[index];
            String line = raw.strip();
            int lineNumber = index + 1;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                int close = line.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException(source + " line " + lineNumber + ": a section header has no"
                            + " closing ']'; write it as [profile NAME] (config) or [NAME] (credentials).");
                }
                String section = line.substring(1, close).strip();
                String name = profileName(section, configFile);
                lastKey = null;
                if (name == null) {
                    skipping = true;
                    current = null;
                    continue;
                }
                skipping = false;
                current = profiles.computeIfAbsent(name, key -> new LinkedHashMap<>());
                continue;
            }
            if (skipping) {
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException(source + " line " + lineNumber + ": a setting comes before any"
                        + " [profile] header; put it under a section such as [default].");
            }
            boolean continuation = Character.isWhitespace(raw.charAt(0));
            if (continuation && lastKey != null) {
                String previous = current.get(lastKey);
                current.put(lastKey, previous.isEmpty() ? line : previous + "\n" + line);
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(source + " line " + lineNumber + ": expected 'name = value' but"
                        + " found no '=' or no name; fix or remove the line.");
            }
            lastKey = line.substring(0, equals).strip();
            current.put(lastKey, stripComment(line.substring(equals + 1)).strip());
        }
        return profiles;
    }

    private static String profileName(String section, boolean configFile) {
        if (!configFile) {
            return section;
        }
        if (section.equals("default")) {
            return "default";
        }
        if (section.startsWith("profile ") || section.startsWith("profile\t")) {
            return section.substring(8).strip();
        }
        return null;
    }

    /** Drops an inline comment: {@code #} or {@code ;} after whitespace. */
    private static String stripComment(String value) {
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c == '#' || c == ';') && Character.isWhitespace(value.charAt(i - 1))) {
                return value.substring(0, i);
            }
        }
        return value;
    }
}
