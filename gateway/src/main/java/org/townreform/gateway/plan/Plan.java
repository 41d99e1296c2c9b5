package org.townreform.gateway.plan;

import java.util.List;

/**
 * A planned operation: the fields the answer holds (in the client's order) and the downstream requests that fill them.
 * Plans are immutable and cached by query text.
 *
 * @param operation {@code query} or {@code mutation}
 * @param fields the root fields
 * @param fetches the root requests: one per subgraph; for a mutation, in the order they must run
 * @param introspection true when the operation asks only {@code __schema}, {@code __type} or {@code __typename}: the
 *        gateway answers it from the public schema
 * @param depth the operation's depth (root fields are depth 1)
 * @param complexity the number of fields in the operation, fragments expanded
 */
public record Plan(String operation, List<PField> fields, List<Fetch> fetches, boolean introspection, int depth,
        int complexity) {

    public boolean isMutation() { return operation.equals("mutation"); }

    /** Downstream requests the plan makes when every object list it meets is non-empty. */
    public int requestCount() {
        int count = 0;
        for (Fetch fetch : fetches) {
            count += fetch.requestCount();
        }
        return count;
    }
}
