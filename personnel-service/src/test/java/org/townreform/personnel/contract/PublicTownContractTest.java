package org.townreform.personnel.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.townreform.personnel.Fixtures.as;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Provider side of {@code contracts/personnel-public-towns.json}: records the town of the recorded answer, asks the real
 * service as fiscal-service and license-service do (no token) and checks each answer matches the recording: status,
 * content type, exactly the recorded fields and values. The answer is also the same whoever asks (a town user of
 * another town, a county role), which is what lets the consumers share one cache.
 */
@QuarkusTest
class PublicTownContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode contract() throws IOException {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            Path candidate = p.resolve("contracts/personnel-public-towns.json");
            if (Files.isRegularFile(candidate)) {
                return JSON.readTree(candidate.toFile());
            }
        }
        throw new IllegalStateException("contracts/personnel-public-towns.json not found");
    }

    @Test
    void theRealAnswersMatchTheRecordedContract() throws IOException {
        JsonNode interactions = contract().get("interactions");
        assertThat(interactions).hasSize(2);

        JsonNode town = interactions.get(0).at("/response/body");
        String code = town.get("code").asText();
        if (given().get("/api/v1/public/towns/" + code).statusCode() == 404) {
            countyOrg().body(Map.of("code", code, "name", town.get("name").asText(), "county", "东莞市", "category",
                    "LARGER_TOWN", "pilot", true, "leadershipPosts", 9)).post("/api/v1/towns").then().statusCode(201);
        }
        for (JsonNode interaction : interactions) {
            check(interaction, given());
            check(interaction, asTown("town-clerk", "520323104"));
            check(interaction, as("county-finance"));
        }
    }

    private static void check(JsonNode interaction, RequestSpecification spec) throws IOException {
        JsonNode request = interaction.get("request");
        JsonNode expected = interaction.get("response");
        String description = interaction.get("description").asText();
        assertThat(request.get("method").asText()).isEqualTo("GET");
        Response answer = spec.get(request.get("path").asText());
        assertThat(answer.statusCode()).as(description).isEqualTo(expected.get("status").asInt());
        assertThat(answer.contentType()).as(description).startsWith(expected.at("/headers/Content-Type").asText());
        JsonNode body = JSON.readTree(answer.asString());
        boolean problem = expected.get("status").asInt() >= 400;
        List<String> mismatches = new ArrayList<>();
        CertificateContractTest.match("$", expected.get("body"), body, !problem, mismatches);
        assertThat(mismatches).as(description + ": " + body).isEmpty();
    }
}
