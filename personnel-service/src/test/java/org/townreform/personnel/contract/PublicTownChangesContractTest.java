package org.townreform.personnel.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.townreform.personnel.Fixtures.countyOrg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Provider side of {@code contracts/personnel-public-town-changes.json}, the registry's changes fiscal-service and
 * license-service keep their copy from: reads the changes to their end, records the town of the recording and renames
 * it as the recording says, then asks the real service as the consumers do (no token) after the cursor read first
 * ({@code {cursor}} in the recording) and checks each answer matches the recording: status, content type, exactly the
 * recorded fields and values ({@code "<string>"} any string).
 */
@QuarkusTest
class PublicTownChangesContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHANGES = "/api/v1/public/towns/changes";

    static JsonNode contract() throws IOException {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            Path candidate = p.resolve("contracts/personnel-public-town-changes.json");
            if (Files.isRegularFile(candidate)) {
                return JSON.readTree(candidate.toFile());
            }
        }
        throw new IllegalStateException("contracts/personnel-public-town-changes.json not found");
    }

    @Test
    void theRealAnswersMatchTheRecordedContract() throws IOException {
        JsonNode interactions = contract().get("interactions");
        assertThat(interactions).hasSize(3);
        JsonNode towns = interactions.get(0).at("/response/body/towns");
        assertThat(towns).hasSize(2);
        String code = towns.get(0).get("code").asText();
        assertThat(towns.get(1).get("code").asText()).as("one town, recorded then renamed").isEqualTo(code);

        String end = null;
        for (int i = 0; i < 1000; i++) {
            JsonPath page = given().get(CHANGES + "?limit=500" + (end == null ? "" : "&after=" + end)).then()
                    .statusCode(200).extract().jsonPath();
            end = page.getString("cursor");
            if (!page.getBoolean("more")) {
                break;
            }
        }
        assertThat(given().get("/api/v1/public/towns/" + code).statusCode()).as("the recorded town is not there yet")
                .isEqualTo(404);
        countyOrg().body(Map.of("code", code, "name", towns.get(0).get("name").asText(), "county", "东莞市", "category",
                "ORDINARY_TOWN", "pilot", false, "leadershipPosts", 9)).post("/api/v1/towns").then().statusCode(201);
        String etag = countyOrg().get("/api/v1/towns/" + code).then().extract().header("ETag");
        countyOrg().header("If-Match", etag).body(Map.of("name", towns.get(1).get("name").asText(), "county", "东莞市",
                "category", "SUBDISTRICT", "pilot", false)).put("/api/v1/towns/" + code).then().statusCode(200);

        for (JsonNode interaction : interactions) {
            check(interaction, end);
        }
    }

    private static void check(JsonNode interaction, String cursor) throws IOException {
        JsonNode request = interaction.get("request");
        JsonNode expected = interaction.get("response");
        String description = interaction.get("description").asText();
        assertThat(request.get("method").asText()).isEqualTo("GET");
        Map<String, Object> query = JSON.convertValue(request.get("query"), new TypeReference<Map<String, Object>>() {
        });
        query.replaceAll((k, v) -> "{cursor}".equals(v) ? cursor : v);
        Response answer = given().queryParams(query).get(request.get("path").asText());
        assertThat(answer.statusCode()).as(description).isEqualTo(expected.get("status").asInt());
        assertThat(answer.contentType()).as(description).startsWith(expected.at("/headers/Content-Type").asText());
        JsonNode body = JSON.readTree(answer.asString());
        boolean problem = expected.get("status").asInt() >= 400;
        List<String> mismatches = new ArrayList<>();
        CertificateContractTest.match("$", expected.get("body"), body, !problem, mismatches);
        assertThat(mismatches).as(description + ": " + body).isEmpty();
    }
}
