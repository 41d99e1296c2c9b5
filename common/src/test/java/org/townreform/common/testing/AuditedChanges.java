package org.townreform.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The audited changes a module's main sources name, read from the text of its {@code .java} files: every
 * {@code audit.record(action, "Entity", ...)}. An action written as literals ({@code "UNIT_CREATED"}, or a choice of
 * literals {@code twoStep ? "ASSESSMENT_PROPOSED" : "ASSESSMENT_RECORDED"}) gives one change per literal; any other
 * ({@code "APPLICATION_" + action.name()}, a variable) is a dynamic change, which the module's test enumerates itself.
 * So a catalogue test ({@code EventCatalogue}) fails as soon as an audited change is added without its event type.
 */
public final class AuditedChanges {
    private static final Pattern CALL = Pattern.compile("audit\\.record\\(\\s*([^,;]+?)\\s*,\\s*\"([A-Za-z]+)\"");
    private static final Pattern ACTION = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");

    private AuditedChanges() {
    }

    /**
     * One audited change: its action ({@code null} when dynamic), the action as written, the entity type and where.
     */
    public record Change(String action, String written, String entityType, Path file, int line) {
        public boolean dynamic() {
            return action == null;
        }

        @Override
        public String toString() {
            return written + " on " + entityType + " (" + file.getFileName() + ":" + line + ")";
        }
    }

    /** Every audited change under {@code sources} (e.g. {@code src/main/java}), in file and line order. */
    public static List<Change> under(Path sources) {
        List<Change> out = new ArrayList<>();
        for (Path file : javaFiles(sources)) {
            String text = read(file);
            Matcher m = CALL.matcher(text);
            while (m.find()) {
                String written = m.group(1).replaceAll("\\s+", " ");
                int line = lineOf(text, m.start());
                List<String> actions = new ArrayList<>();
                Matcher a = ACTION.matcher(written);
                while (a.find()) {
                    actions.add(a.group(1));
                }
                // only literals (and a choice between them): "X" or c ? "X" : "Y"; a literal prefix is dynamic
                boolean literal = !actions.isEmpty() && !written.contains("+")
                        && actions.stream().noneMatch(s -> s.endsWith("_"));
                if (literal) {
                    actions.forEach(s -> out.add(new Change(s, written, m.group(2), file, line)));
                } else {
                    out.add(new Change(null, written, m.group(2), file, line));
                }
            }
        }
        return out;
    }

    /** The string literals of one source file, in order (for actions a service builds before its audit call). */
    public static List<String> literals(Path file) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(read(file));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<Path> javaFiles(Path sources) {
        if (!Files.isDirectory(sources)) {
            throw new IllegalStateException(sources.toAbsolutePath() + " is not a directory");
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
