package org.townreform.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A committed file that must equal what the running service answers (a subgraph's SDL, a service's OpenAPI
 * document): the check fails with the command that rewrites it; run with {@code -D<property>=true} to write the file
 * from the running test service instead, then review and commit it with the change.
 */
public final class Snapshot {
    private Snapshot() {
    }

    /**
     * Checks (or, with {@code -D<property>=true}, writes) the file at {@code relative} (from the repository's root)
     * against {@code content}.
     */
    public static void matches(String relative, String property, String testName, String content) {
        Path snapshot = file(relative);
        try {
            if (Boolean.getBoolean(property)) {
                Files.createDirectories(snapshot.getParent());
                Files.writeString(snapshot, content.stripTrailing() + "\n", StandardCharsets.UTF_8);
                return;
            }
            assertThat(Files.readString(snapshot, StandardCharsets.UTF_8).stripTrailing())
                    .as("%s is not what the service answers: run %s with -D%s=true and commit it", snapshot, testName,
                            property)
                    .isEqualTo(content.stripTrailing());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path from the repository's root (the file or folder need not exist). */
    public static Path path(String relative) {
        return file(relative);
    }

    /** The repository's root: the folder above the working directory with the Maven wrapper and {@code common}. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("common"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    private static Path file(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("common"))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
