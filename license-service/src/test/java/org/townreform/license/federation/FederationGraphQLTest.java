package org.townreform.license.federation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.license.Fixtures.agreement;
import static org.townreform.license.Fixtures.as;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.newTownCode;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.graphql.SubgraphSnapshot;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * license-service as a Federation 2 subgraph: it adds licensing to the Town that personnel-service owns, and refers to a
 * decision's reviewer as a Person it cannot resolve itself.
 */
@QuarkusTest
class FederationGraphQLTest {
    private static final String ENTITIES = """
            query($r: [_Any!]!) { _entities(representations: $r) {
              ... on Town { code licensing { townCode itemsDelegated } } } }""";

    private static ValidatableResponse gql(RequestSpecification as, String query, Map<String, Object> variables) {
        return as.body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200);
    }

    private static List<Map<String, Object>> towns(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> Map.<String, Object>of("__typename", "Town", "code", c)).toList();
    }

    @Test
    void theGatewaysSnapshotIsThisSdl() {
        String sdl = gql(as("supervisor"), "{ _service { sdl } }", Map.of()).extract().path("data._service.sdl");
        SubgraphSnapshot.matches("license", sdl);
    }

    @Test
    void extendsTheTownAndRefersToPeople() {
        gql(as("supervisor"), "{ _service { sdl } }", Map.of())
                .body("data._service.sdl", containsString("type Town @key(fields : \"code\")"))
                .body("data._service.sdl", containsString("  licensing("))
                .body("data._service.sdl", containsString("): LicensingView"))
                .body("data._service.sdl", containsString("type Person @key(fields : \"id\", resolvable : false)"))
                .body("data._service.sdl", containsString("reviewer: Person"));
    }

    @Test
    void resolvesTheLicensingOfManyTownsInOneCall() {
        String a = newTownCode();
        String b = newTownCode();
        agreement(a, "ENTRUSTED", item("LICENSE", 10), item("LICENSE", 10));
        gql(as("supervisor"), ENTITIES, Map.of("r", towns(a, b)))
                .body("errors", nullValue())
                .body("data._entities", hasSize(2))
                .body("data._entities[0].licensing.townCode", equalTo(a))
                .body("data._entities[0].licensing.itemsDelegated", equalTo(2))
                .body("data._entities[1].licensing.itemsDelegated", equalTo(0));
    }

    @Test
    void aTownUserGetsNothingOfAnotherTown() {
        String mine = newTownCode();
        String other = newTownCode();
        gql(clerk(mine), ENTITIES, Map.of("r", towns(mine, other)))
                .body("data._entities[0].licensing.townCode", equalTo(mine))
                .body("data._entities[1].licensing", nullValue());
    }
}
