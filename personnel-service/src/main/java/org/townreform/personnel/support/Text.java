package org.townreform.personnel.support;

import java.util.Locale;

/** Small text helpers for searches and optional fields. */
public final class Text {
    private Text() {
    }

    /** A trimmed value, or {@code null} when blank. */
    public static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    /** A {@code like} pattern matching {@code q} anywhere, its wildcards escaped with {@code !} ({@code escape '!'}). */
    public static String containsPattern(String q) {
        String escaped = q.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
