package org.townreform.personnel.town.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.personnel.Fixtures.as;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.newTownCode;
import static org.townreform.personnel.Fixtures.town;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TownGraphQLTest {

    private static Map<String, Object> query(String q, Map<String, Object> variables) {
        return Map.of("query", q, "variables", variables);
    }

    @Test
    void readsATown() {
        String code = town();
        as("supervisor").body(query("query($c: String!) { town(code: $c) { code leadershipPosts maxInternalOffices } }",
                Map.of("c", code)))
                .post("/graphql").then().statusCode(200)
                .body("data.town.code", equalTo(code))
                .body("data.town.leadershipPosts", equalTo(9))
                .body("data.town.maxInternalOffices", equalTo(6));
    }

    @Test
    void anotherTownsDataCarriesTheStableCode() {
        String mine = town();
        String other = town();
        asTown("town-leader", mine).body(query("query($c: String!) { town(code: $c) { code } }", Map.of("c", other)))
                .post("/graphql").then().statusCode(200)
                .body("data.town", nullValue())
                .body("errors[0].extensions.code", equalTo("TOWN_OUT_OF_SCOPE"))
                .body("errors[0].path[0]", equalTo("town"));
    }

    @Test
    void createsATownAndRefusesAStaleUpdate() {
        String code = newTownCode();
        as("county-org").body(query("mutation($t: NewTown!) { createTown(town: $t) { code version } }",
                Map.of("t", Map.of("code", code, "name", "临溪镇", "county", "试点县", "category", "ORDINARY_TOWN",
                        "pilot", true, "leadershipPosts", 9))))
                .post("/graphql").then().statusCode(200).body("data.createTown.version", equalTo(0));
        String update = "mutation($c: String!, $t: TownUpdate!) { updateTown(code: $c, town: $t) { version } }";
        Map<String, Object> change = Map.of("name", "临溪镇(改)", "county", "试点县", "category", "ORDINARY_TOWN", "pilot",
                true, "version", 0);
        as("county-org").body(query(update, Map.of("c", code, "t", change))).post("/graphql")
                .then().body("data.updateTown.version", equalTo(1));
        as("county-org").body(query(update, Map.of("c", code, "t", change))).post("/graphql")
                .then().body("errors[0].extensions.code", equalTo("STALE_VERSION"));
    }

    @Test
    void aTownClerkCannotCreateTowns() {
        asTown("town-clerk", "441900113").body(query("mutation($t: NewTown!) { createTown(town: $t) { code } }",
                Map.of("t", Map.of("code", newTownCode(), "name", "x", "county", "y", "category", "ORDINARY_TOWN",
                        "leadershipPosts", 9))))
                .post("/graphql").then().statusCode(200)
                .body("data.createTown", nullValue())
                .body("errors[0].message", org.hamcrest.Matchers.notNullValue());
    }
}
