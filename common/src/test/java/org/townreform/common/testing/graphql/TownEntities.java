package org.townreform.common.testing.graphql;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The federation batch the gateway sends for a dashboard's towns, for tests of a subgraph's batch size. */
public final class TownEntities {
    private TownEntities() {
    }

    /**
     * An {@code _entities} query for {@code count} towns, codes 449000001 onwards (made-up codes: a read needs no
     * record of them), each selecting {@code selection} on {@code Town}.
     */
    public static String query(int count, String selection) {
        String representations = IntStream.rangeClosed(1, count)
                .mapToObj(i -> "{__typename: \"Town\", code: \"" + (449000000 + i) + "\"}")
                .collect(Collectors.joining(", "));
        return "{ _entities(representations: [" + representations + "]) { ... on Town { " + selection + " } } }";
    }
}
