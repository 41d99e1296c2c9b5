package org.townreform.fiscal.federation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.fiscal.Fixtures.asTown;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.record;
import static org.townreform.fiscal.Fixtures.supervisor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.graphql.SubgraphSnapshot;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** fiscal-service as a Federation 2 subgraph: it adds fiscal(year) to the Town that personnel-service owns. */
@QuarkusTest
class FederationGraphQLTest {
    private static final String ENTITIES = """
            query($r: [_Any!]!) { _entities(representations: $r) {
              ... on Town { code fiscal(year: 2025, asOf: "2026-06-30") { townCode revenue } } } }""";

    private static ValidatableResponse gql(RequestSpecification as, String query, Map<String, Object> variables) {
        return as.body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200);
    }

    private static List<Map<String, Object>> towns(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> Map.<String, Object>of("__typename", "Town", "code", c)).toList();
    }

    @Test
    void theGatewaysSnapshotIsThisSdl() {
        String sdl = gql(supervisor(), "{ _service { sdl } }", Map.of()).extract().path("data._service.sdl");
        SubgraphSnapshot.matches("fiscal", sdl);
    }

    @Test
    void extendsTheTownEntity() {
        gql(supervisor(), "{ _service { sdl } }", Map.of())
                .body("data._service.sdl", containsString("type Town @key(fields : \"code\")"))
                .body("data._service.sdl", containsString("  fiscal("))
                .body("data._service.sdl", containsString("): FiscalYearView"));
    }

    @Test
    void resolvesTheFiscalYearOfManyTownsInOneCall() {
        String a = newTownCode();
        String b = newTownCode();
        record(a, "2025-03", "TAX_EXISTING", "1000.00");
        record(b, "2025-04", "TAX_EXISTING", "250.50");
        gql(supervisor(), ENTITIES, Map.of("r", towns(a, b)))
                .body("errors", nullValue())
                .body("data._entities", hasSize(2))
                .body("data._entities[0].fiscal.townCode", equalTo(a))
                .body("data._entities[0].fiscal.revenue", equalTo("1000.00"))
                .body("data._entities[1].fiscal.revenue", equalTo("250.50"));
    }

    @Test
    void aTownUserGetsNothingOfAnotherTown() {
        String mine = newTownCode();
        String other = newTownCode();
        record(other, "2025-03", "TAX_EXISTING", "1000.00");
        gql(asTown("town-clerk", mine), ENTITIES, Map.of("r", towns(mine, other)))
                .body("data._entities[0].code", equalTo(mine))
                .body("data._entities[1].fiscal", nullValue());
    }
}
