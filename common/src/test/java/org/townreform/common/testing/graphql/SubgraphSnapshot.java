package org.townreform.common.testing.graphql;

import org.townreform.common.testing.Snapshot;

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
        Snapshot.matches("gateway/src/main/resources/subgraphs/" + name + ".graphql", "subgraph.snapshot.update",
                "the service's FederationGraphQLTest", sdl);
    }
}
