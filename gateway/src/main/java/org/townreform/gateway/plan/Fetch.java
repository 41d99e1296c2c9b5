package org.townreform.gateway.plan;

import java.util.List;

/**
 * One downstream request of a plan: a root request to a subgraph, or an {@code _entities} request that fills fields of
 * every object of an entity type found at {@link #paths()} in the answer so far. Its query text is built once, with the
 * plan.
 *
 * @param subgraph the subgraph asked
 * @param entityType the entity type for an {@code _entities} request; null for a root request
 * @param keyFields the key fields a representation carries (read from the objects under {@link Planner#KEY_ALIAS}
 *        aliases); empty for a root request
 * @param paths where the objects to complete are in the answer: response keys from the root, lists crossed implicitly;
 *        a root request has one empty path
 * @param query the downstream query text
 * @param variables the client's variables the query declares and uses
 * @param fields the client's fields this request fills on each object (what turns null, with an error, when it fails)
 * @param children the requests that need this one's answer (nested entities), run as soon as it has answered
 */
public record Fetch(String subgraph, String entityType, List<String> keyFields, List<List<String>> paths, String query,
        List<String> variables, List<PField> fields, List<Fetch> children) {

    public boolean isEntities() { return entityType != null; }

    /** How many downstream requests this fetch and all below it make (when every object list is non-empty). */
    public int requestCount() {
        int count = 1;
        for (Fetch child : children) {
            count += child.requestCount();
        }
        return count;
    }
}
