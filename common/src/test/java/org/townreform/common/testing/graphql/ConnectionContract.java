package org.townreform.common.testing.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A list field is a Relay cursor connection: read two items at a time from the first page to the last, following
 * {@code pageInfo.endCursor}, it gives the same items in the same order as one large page; {@code pageInfo} tells the
 * truth at every step; a cursor it did not give out is {@code INVALID_CURSOR}, {@code first} out of range or given with
 * the older {@code limit} is {@code VALIDATION_FAILED}; the older {@code items}/{@code nextCursor} still answer.
 */
public final class ConnectionContract {
    private ConnectionContract() {
    }

    /**
     * @param field the list field ({@code townApplications})
     * @param arguments its other arguments as GraphQL text ({@code townCode: "441900113"}), or empty
     * @param key the node's key field ({@code id})
     * @param atLeast how many items the list holds at least (so that paging is really exercised)
     */
    public static void check(Supplier<RequestSpecification> who, String field, String arguments, String key, int atLeast) {
        String sep = arguments.isEmpty() ? "" : arguments + ", ";
        JsonPath all = post(who, "{ " + field + "(" + sep + "first: 200) { edges { cursor node { " + key + " } } "
                + "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } items { " + key + " } nextCursor } }");
        List<Object> expected = all.getList("data." + field + ".edges.node." + key);
        assertThat(expected).as(field + ": items to page through").hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(all.getList("data." + field + ".items." + key)).as(field + ": the deprecated items").isEqualTo(expected);
        assertThat(all.getBoolean("data." + field + ".pageInfo.hasPreviousPage")).isFalse();

        List<Object> paged = new ArrayList<>();
        String after = null;
        for (int round = 0; round < 200; round++) {
            JsonPath page = post(who,
                    "{ " + field + "(" + sep + "first: 2" + (after == null ? "" : ", after: \"" + after + "\"")
                            + ") { edges { cursor node { " + key
                            + " } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }");
            String at = "data." + field;
            List<Map<String, Object>> edges = page.getList(at + ".edges");
            List<String> cursors = page.getList(at + ".edges.cursor");
            edges.forEach(e -> paged.add(((Map<?, ?>) e.get("node")).get(key)));
            assertThat(page.getBoolean(at + ".pageInfo.hasPreviousPage")).as("hasPreviousPage").isEqualTo(after != null);
            if (!edges.isEmpty()) {
                assertThat(page.getString(at + ".pageInfo.startCursor")).isEqualTo(cursors.get(0));
                assertThat(page.getString(at + ".pageInfo.endCursor")).isEqualTo(cursors.get(cursors.size() - 1));
            }
            if (!page.getBoolean(at + ".pageInfo.hasNextPage")) {
                break;
            }
            assertThat(edges).hasSize(2);
            after = page.getString(at + ".pageInfo.endCursor");
        }
        assertThat(paged).as(field + " read two at a time").isEqualTo(expected);

        refused(who, "{ " + field + "(" + sep + "first: 2, after: \"abc\") { edges { cursor } } }", "INVALID_CURSOR");
        refused(who, "{ " + field + "(" + sep + "first: 0) { edges { cursor } } }", "VALIDATION_FAILED");
        refused(who, "{ " + field + "(" + sep + "first: 2, limit: 2) { edges { cursor } } }", "VALIDATION_FAILED");
    }

    private static void refused(Supplier<RequestSpecification> who, String query, String code) {
        JsonPath answer = who.get().body(Map.of("query", query)).post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("errors[0].extensions.code")).as(query).isEqualTo(code);
        assertThat(answer.getInt("errors[0].extensions.status")).as(query).isEqualTo(400);
    }

    private static JsonPath post(Supplier<RequestSpecification> who, String query) {
        JsonPath answer = who.get().body(Map.of("query", query)).post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getList("errors")).as(query).isNull();
        return answer;
    }
}
