package org.townreform.testing.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error codes {@code docs/problems.md} lists, and the GraphQL errors of an answer that are not one of them: no code,
 * a code nobody documented, or {@code INTERNAL_ERROR} (a "System error", an {@code illegal-state}, a failure nobody
 * meant).
 */
public final class DocumentedErrors {
    private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    private DocumentedErrors() {
    }

    /** Every code {@code docs/problems.md} lists (found in the working directory or above it). */
    public static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        Matcher m = CODE.matcher(read("docs/problems.md"));
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /** The errors of a GraphQL answer that are not documented business codes, each as "path: code message". */
    @SuppressWarnings("unchecked")
    public static List<String> undocumented(Map<String, Object> answer, Set<String> documented) {
        List<String> wrong = new ArrayList<>();
        for (Map<String, Object> error : (List<Map<String, Object>>) answer.getOrDefault("errors", List.of())) {
            Map<String, Object> extensions = (Map<String, Object>) error.getOrDefault("extensions", Map.of());
            Object code = extensions.get("code");
            if (code == null || !documented.contains(code) || code.equals("INTERNAL_ERROR")) {
                wrong.add(error.get("path") + ": " + code + " " + error.get("message"));
            }
        }
        return wrong;
    }

    private static String read(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                try {
                    return Files.readString(candidate);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
