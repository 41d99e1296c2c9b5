package org.townreform.common.testing.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The gateway composes the subgraphs from committed snapshots of their SDL
 * ({@code gateway/src/main/resources/subgraphs/<name>.graphql}); a service whose schema changed without its snapshot
 * fails its own tests here. Run the service's {@code FederationGraphQLTest} with {@code -Dsubgraph.snapshot.update=true}
 * to write the snapshot from the running test service instead, then commit it with the change.
 */
public final class SubgraphSnapshot {
    private SubgraphSnapshot() {
    }

    /** Checks (or, with {@code -Dsubgraph.snapshot.update=true}, writes) the snapshot of {@code name} against {@code sdl}. */
    public static void matches(String name, String sdl) {
        Path snapshot = file(name);
        try {
            if (Boolean.getBoolean("subgraph.snapshot.update")) {
                Files.writeString(snapshot, sdl.stripTrailing() + "\n", StandardCharsets.UTF_8);
                return;
            }
            assertThat(Files.readString(snapshot, StandardCharsets.UTF_8).stripTrailing())
                    .as("%s is not the service's SDL: run this test with -Dsubgraph.snapshot.update=true and commit it",
                            snapshot)
                    .isEqualTo(sdl.stripTrailing());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(String name) {
        String relative = "gateway/src/main/resources/subgraphs/" + name + ".graphql";
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
