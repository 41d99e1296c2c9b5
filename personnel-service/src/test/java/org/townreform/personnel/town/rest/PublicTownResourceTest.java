package org.townreform.personnel.town.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.town;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The public registry of towns: code and name of a recorded town, for anyone, without a token. */
@QuarkusTest
class PublicTownResourceTest {

    @Test
    void aRecordedTownIsAnsweredWithoutATokenWithItsCodeAndNameOnly() {
        String code = town(Map.of("name", "石碣镇", "county", "东莞市", "pilot", true));
        Map<String, Object> body = given().get("/api/v1/public/towns/" + code).then().statusCode(200)
                .contentType("application/json").extract().jsonPath().getMap("");
        assertThat(body).containsOnly(Map.entry("code", code), Map.entry("name", "石碣镇"));
    }

    @Test
    void aRenamedTownIsAnsweredWithItsNewName() {
        String code = town();
        String etag = countyOrg().get("/api/v1/towns/" + code).then().extract().header("ETag");
        countyOrg().header("If-Match", etag)
                .body(Map.of("name", "新名镇", "county", "测试县", "category", "ORDINARY_TOWN", "pilot", false))
                .put("/api/v1/towns/" + code).then()
                .statusCode(200);
        given().get("/api/v1/public/towns/" + code).then().statusCode(200).body("name", equalTo("新名镇"));
    }

    @Test
    void anUnknownCodeIsA404ProblemAndAMalformedOneA400() {
        given().get("/api/v1/public/towns/999999999").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        for (String bad : List.of("12345678", "1234567890", "44190011x")) {
            given().get("/api/v1/public/towns/" + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentShowsItAsPublic() {
        Map<String, Object> get = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths.'/api/v1/public/towns/{code}'.get");
        assertThat(get).isNotNull();
        assertThat(get.get("security")).as("an empty list: no token required").isEqualTo(List.of());
        assertThat((List<String>) get.get("tags")).containsExactly("Public");
        assertThat((Map<String, Object>) get.get("responses")).containsOnlyKeys("200", "404", "400", "503");
        Map<String, Object> schema = given().queryParam("format", "json").get("/q/openapi").then().extract()
                .jsonPath().getMap("components.schemas.PublicTown.properties");
        assertThat(schema).containsOnlyKeys("code", "name");
    }
}
