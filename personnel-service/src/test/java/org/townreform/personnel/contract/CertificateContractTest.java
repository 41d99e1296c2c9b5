package org.townreform.personnel.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.townreform.personnel.Fixtures.asDept;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.person;
import static org.townreform.personnel.Fixtures.town;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Provider side of {@code contracts/personnel-certificates-valid.json}: sets up each recorded scenario, asks the real
 * service as license-service would (with the caller's token forwarded: a town user of the person's town, a department
 * officer, the county) and checks the answer matches the recording — same status, content type, fields, types, and the
 * recorded values ({@code "<number>"} / {@code "<string>"} stand for any value of that type).
 */
@QuarkusTest
class CertificateContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode contract() throws IOException {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            Path candidate = p.resolve("contracts/personnel-certificates-valid.json");
            if (Files.isRegularFile(candidate)) {
                return JSON.readTree(candidate.toFile());
            }
        }
        throw new IllegalStateException("contracts/personnel-certificates-valid.json not found");
    }

    @Test
    void theRealAnswersMatchTheRecordedContract() throws IOException {
        JsonNode interactions = contract().get("interactions");
        assertThat(interactions).hasSize(3);
        String town = town();

        // 1: a certificate of the department valid on the day.
        long holder = person(town, "ADMINISTRATIVE");
        JsonNode first = interactions.get(0);
        JsonNode cert = first.at("/response/body/certificates/0");
        countyOrg().body(Map.of("department", cert.get("department").asText(), "number", cert.get("number").asText(),
                "validFrom", cert.get("validFrom").asText(), "validTo", cert.get("validTo").asText()))
                .post("/api/v1/people/" + holder + "/certificates").then().statusCode(200);
        check(first, holder, town);

        // 2: the only certificate of the department expired before the day.
        long expired = person(town, "ADMINISTRATIVE");
        JsonNode second = interactions.get(1);
        countyOrg().body(Map.of("department", second.at("/request/query/department").asText(), "number",
                "粤东执法 EXP" + expired, "validFrom", "2020-01-01", "validTo", "2025-12-31"))
                .post("/api/v1/people/" + expired + "/certificates").then().statusCode(200);
        check(second, expired, town);

        // 3: no such person.
        check(interactions.get(2), 987_654_321L, town);
    }

    private static void check(JsonNode interaction, long personId, String town) throws IOException {
        JsonNode request = interaction.get("request");
        String path = request.get("path").asText().replace("{personId}", String.valueOf(personId));
        Map<String, Object> query = JSON.convertValue(request.get("query"),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
                });
        String description = interaction.get("description").asText();
        for (var spec : List.of(asTown("town-clerk", town), asTown("town-leader", town),
                asDept(request.at("/query/department").asText()), countyOrg())) {
            Response answer = spec.queryParams(query).get(path);
            JsonNode expected = interaction.get("response");
            assertThat(answer.statusCode()).as(description).isEqualTo(expected.get("status").asInt());
            assertThat(answer.contentType()).as(description)
                    .startsWith(expected.at("/headers/Content-Type").asText());
            JsonNode body = JSON.readTree(answer.asString());
            boolean problem = expected.get("status").asInt() >= 400;
            List<String> mismatches = new ArrayList<>();
            match("$", expected.get("body"), body, !problem, mismatches);
            assertThat(mismatches).as(description + ": " + body).isEmpty();
        }
    }

    /** Compares a recorded value with an answer; {@code exact}: objects carry exactly the recorded fields. */
    static void match(String where, JsonNode expected, JsonNode actual, boolean exact, List<String> out) {
        if (expected == null) {
            out.add(where + ": nothing recorded");
            return;
        }
        if (expected.isTextual() && expected.asText().equals("<number>")) {
            if (!actual.isNumber()) {
                out.add(where + ": expected a number, got " + actual);
            }
            return;
        }
        if (expected.isTextual() && expected.asText().equals("<string>")) {
            if (!actual.isTextual()) {
                out.add(where + ": expected a string, got " + actual);
            }
            return;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                out.add(where + ": expected an object, got " + actual);
                return;
            }
            for (Iterator<String> it = expected.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!actual.has(f)) {
                    out.add(where + "." + f + ": missing");
                } else {
                    match(where + "." + f, expected.get(f), actual.get(f), exact, out);
                }
            }
            if (exact) {
                for (Iterator<String> it = actual.fieldNames(); it.hasNext();) {
                    String f = it.next();
                    if (!expected.has(f)) {
                        out.add(where + "." + f + ": not in the contract");
                    }
                }
            }
            return;
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                out.add(where + ": expected " + expected.size() + " items, got " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                match(where + "[" + i + "]", expected.get(i), actual.get(i), exact, out);
            }
            return;
        }
        if (expected.isNumber()
                ? !(actual.isNumber() && actual.decimalValue().compareTo(expected.decimalValue()) == 0)
                : !expected.equals(actual)) {
            out.add(where + ": expected " + expected + ", got " + actual);
        }
    }
}
