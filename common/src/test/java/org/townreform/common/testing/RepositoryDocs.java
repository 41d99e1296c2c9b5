package org.townreform.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The repository's own documents ({@code docs/...}), which tests hold the services to: found above the module the
 * tests run in, so they work from the repository root and from a module directory alike.
 */
public final class RepositoryDocs {
    private RepositoryDocs() {
    }

    /** The lines of {@code relative} ({@code docs/problems.md}), found in the working directory or above it. */
    public static List<String> lines(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                try {
                    return Files.readAllLines(candidate);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
