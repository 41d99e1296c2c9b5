package org.townreform.personnel.robustness;

import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.person;
import static org.townreform.personnel.Fixtures.register;
import static org.townreform.personnel.Fixtures.town;
import static org.townreform.personnel.Fixtures.unit;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.Tokens;
import org.townreform.common.testing.fuzz.OpenApiFuzzer;
import org.townreform.personnel.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The robustness suite generated from personnel-service's own OpenAPI document ({@link OpenApiFuzzer}): every operation,
 * every parameter and body field mutated, sent as a county-wide writer: no 5xx, every refusal a coded problem, invalid
 * input refused, and a refusal stores nothing. Each appointment action gets a case in the state it acts on.
 */
@QuarkusTest
class OpenApiRobustnessTest {
    private static final String DEPT = "东莞市公安局";
    private static final String APPOINTMENT = "/api/v1/appointments/{id}/";

    @Test
    void everyOperationRefusesMalformedInputCleanly() {
        String town = town();
        long person = person(town, "ADMINISTRATIVE");
        long unit = dualUnit(town);
        long office = unit(town, Map.of());
        OpenApiFuzzer.forService("personnel")
                .writer(Tokens.bearer(Tokens.roles(Set.of("county-org", "town-leader", "dept-officer", "supervisor"),
                        town, DEPT)))
                .otherTown(Tokens.bearer(Tokens.town("town-clerk", Fixtures.newTownCode())))
                .expired(Tokens.bearer(Tokens.expired("county-org")))
                .header("If-Match", "\"0\"")
                .path("towns/{code}", town)
                .path("units/{id}", () -> dualUnit(town))
                .path("/api/v1/units/{id}/merge:{id}", () -> unit(town, Map.of()))
                .path("people/{id}", () -> person(town, "ADMINISTRATIVE"))
                .path("/api/v1/people/{id}/certificates/{certificateId}/revoke:{id}", person)
                .path("certificates/{certificateId}", () -> certificate(person))
                .path("registrations/{id}", () -> register(dualUnit(town), person(town, "ADMINISTRATIVE")))
                .path("appointments/{id}", () -> appointment(town, "draft"))
                .path(APPOINTMENT + "opinion:{id}", () -> appointment(town, "consult"))
                .path(APPOINTMENT + "decide:{id}", () -> appointment(town, "agree"))
                .path(APPOINTMENT + "coordinate:{id}", () -> appointment(town, "disagree"))
                .path(APPOINTMENT + "publish-notice:{id}", () -> appointment(town, "decide"))
                .path(APPOINTMENT + "objections:{id}", () -> appointment(town, "publish-notice"))
                .path(APPOINTMENT + "make-effective:{id}", () -> appointment(town, "publish-notice"))
                .path("assessments/{id}", () -> assessment(town))
                .path("adjustment-requests/{id}", () -> adjustmentRequest(town))
                // a year no other test reads: a PUT replaces the year's calendar
                .path("calendar/{year}", 2091)
                .fresh("code", Fixtures::newTownCode)
                .fresh("residentId", Fixtures::residentId)
                .fresh("number", () -> "粤公执 F" + Fixtures.newTownCode())
                .field("townCode", town).field("unitId", unit).field("personId", person).field("department", DEPT)
                .field("days", List.of(Map.of("date", "2091-01-01", "isOffDay", true, "name", "元旦")))
                .body("POST /api/v1/appointments", () -> Map.of("type", "APPOINT", "personId",
                        person(town, "INSTITUTION"), "unitId", office, "postTitle", "主任", "leading", false))
                .body("POST /api/v1/assessments", () -> Map.of("personId", person(town, "ADMINISTRATIVE"), "unitId",
                        unit, "year", 2025, "grade", "COMPETENT"))
                .body("POST /api/v1/units/{id}/merge", () -> Map.of("mergedUnitIds", List.of(unit(town, Map.of()))))
                .query("town", town).query("department", DEPT).query("entityType", "Unit")
                .publicPaths("/test-support/", "/api/v1/public/")
                .run()
                .assertClean(2000);
    }

    private static long dualUnit(String town) {
        return unit(town, Map.of("kind", "DISPATCHED_AGENCY", "managementMode", "DUAL", "superiorDepartment", DEPT,
                "administrativeQuota", 5, "leadershipPosts", 2));
    }

    /**
     * An appointment case on a devolved unit of {@link #DEPT} taken up to {@code stage}: {@code draft}, {@code consult},
     * {@code agree} or {@code disagree} (the department's opinion), {@code decide}, {@code publish-notice}.
     */
    private static long appointment(String town, String stage) {
        long unit = unit(town, Map.of("kind", "DISPATCHED_AGENCY", "managementMode", "DEVOLVED", "superiorDepartment",
                DEPT, "administrativeQuota", 5, "institutionQuota", 5, "leadershipPosts", 2));
        long id = ((Number) leader(town).body(Map.of("type", "APPOINT", "personId", person(town, "ADMINISTRATIVE"),
                "unitId", unit, "postTitle", "副局长", "leading", false))
                .post("/api/v1/appointments").then().statusCode(201).extract().path("id")).longValue();
        List<String> stages = List.of("draft", "consult", "agree", "decide", "publish-notice");
        int upTo = stage.equals("disagree") ? 2 : stages.indexOf(stage);
        if (upTo >= 1) {
            act(leader(town), id, "consult", Map.of());
        }
        if (upTo >= 2) {
            act(Fixtures.asDept(DEPT), id, "opinion", Map.of("opinion", stage.equals("disagree") ? "DISAGREE" : "AGREE",
                    "text", "意见"));
        }
        if (upTo >= 3) {
            act(leader(town), id, "decide", Map.of("meetingReference", "镇党委会议〔2026〕1号"));
        }
        if (upTo >= 4) {
            act(leader(town), id, "publish-notice", Map.of());
        }
        return id;
    }

    private static void act(RequestSpecification who, long id, String action, Map<String, Object> body) {
        who.body(body).post("/api/v1/appointments/" + id + "/" + action).then().statusCode(200);
    }

    private static RequestSpecification leader(String town) {
        return asTown("town-leader", town);
    }

    private static long certificate(long person) {
        return ((Number) Fixtures.asDept(DEPT).body(Map.of("department", DEPT, "number", "粤公执 C" + Fixtures
                .newTownCode(), "validFrom", "2025-01-01", "validTo", "2027-12-31"))
                .post("/api/v1/people/" + person + "/certificates").then().statusCode(200).extract()
                .path("certificates[-1].id")).longValue();
    }

    private static long assessment(String town) {
        return ((Number) asTown("town-clerk", town).body(Map.of("personId", person(town, "ADMINISTRATIVE"), "unitId",
                dualUnit(town), "year", 2025, "grade", "COMPETENT"))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id")).longValue();
    }

    private static long adjustmentRequest(String town) {
        return ((Number) leader(town).body(Map.of("unitId", dualUnit(town), "text", "调整意见"))
                .post("/api/v1/adjustment-requests").then().statusCode(201).extract().path("id")).longValue();
    }
}
