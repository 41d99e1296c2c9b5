package org.townreform.personnel.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.personnel.Fixtures.as;
import static org.townreform.personnel.Fixtures.asDept;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.effectiveAppointment;
import static org.townreform.personnel.Fixtures.person;
import static org.townreform.personnel.Fixtures.register;
import static org.townreform.personnel.Fixtures.residentId;
import static org.townreform.personnel.Fixtures.town;
import static org.townreform.personnel.Fixtures.unit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class PersonnelGraphQLTest {

    private static ValidatableResponse gql(RequestSpecification who, String query, Object... vars) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < vars.length; i += 2) {
            variables.put((String) vars[i], vars[i + 1]);
        }
        return who.body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200);
    }

    @Test
    void idsAreGraphQLIdsAndEveryOperationIsDescribed() {
        String schema = withoutDescriptions(
                given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
        org.hamcrest.MatcherAssert.assertThat(schema, containsString("unit(id: ID!): OrgUnit"));
        org.hamcrest.MatcherAssert.assertThat(schema, containsString("townCodes: [String]!"));
        org.hamcrest.MatcherAssert.assertThat(schema, not(containsString("id: BigInteger")));
        org.hamcrest.MatcherAssert.assertThat(schema, not(containsString("Id: BigInteger")));
        org.hamcrest.MatcherAssert.assertThat(schema, containsString("units(ids: [String]!): [OrgUnit]"));
        org.hamcrest.MatcherAssert.assertThat(schema, containsString("mergedUnitIds: [ID!]!"));
    }

    /** The SDL without its descriptions, each field's arguments on one line: {@code unit(id: ID!): OrgUnit}. */
    private static String withoutDescriptions(String sdl) {
        return sdl.replaceAll("(?s)\"\"\".*?\"\"\"", "").replaceAll("(?m)^\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*$", "")
                .replaceAll("\\(\\s+", "(").replaceAll("\\s+\\)", ")").replaceAll(",\\s+", ", ");
    }

    @Test
    void unitsAreCreatedAndFoundByNameplateAndFetchedInBatch() {
        String town = town();
        long bureau = unit(town, Map.of("name", "经济和科技信息局", "kind", "BUREAU", "administrativeQuota", 6));
        String id = gql(asTown("town-clerk", town), """
                mutation($t: String!, $u: NewUnit!) { createUnit(townCode: $t, unit: $u) {
                  id name nameplates coLocatedWith { id name } staffSets appointingAuthority } }""",
                "t", town, "u", Map.of("name", "外资服务管理局", "kind", "BUREAU", "nameplates", List.of("投资服务中心"),
                        "coLocatedWithId", String.valueOf(bureau), "staffSets", "TWO", "administrativeQuota", 3))
                .body("errors", nullValue())
                .body("data.createUnit.coLocatedWith.id", equalTo(String.valueOf(bureau)))
                .body("data.createUnit.nameplates", contains("投资服务中心"))
                .extract().path("data.createUnit.id");
        gql(asTown("town-clerk", town), "query($t: String!) { townUnits(townCode: $t, q: \"投资服务\") { items { id } } }",
                "t", town).body("data.townUnits.items[0].id", equalTo(id));
        gql(as("supervisor"), "query($ids: [String!]!) { units(ids: $ids) { id name } }",
                "ids", List.of(id, "987654321", String.valueOf(bureau)))
                .body("data.units", hasSize(3))
                .body("data.units[0].id", equalTo(id))
                .body("data.units[1]", nullValue())
                .body("data.units[2].name", equalTo("经济和科技信息局"));
        gql(as("supervisor"), "{ unit(id: \"abc\") { id } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        gql(asTown("town-clerk", town()), "query($id: ID!) { unit(id: $id) { id } }", "id", id)
                .body("errors[0].extensions.code", equalTo("TOWN_OUT_OF_SCOPE"));
        long a = unit(town, Map.of("name", "人才服务站", "institutionQuota", 1));
        long b = unit(town, Map.of("name", "劳动就业服务中心", "institutionQuota", 1));
        register(a, person(town, "INSTITUTION"), "2020-01-02");
        long merged = unit(town, Map.of("name", "人力资源服务中心", "institutionQuota", 2));
        gql(countyOrg(), """
                mutation($id: ID!, $m: UnitMerge!) { mergeUnits(id: $id, merge: $m) { id status } }""",
                "id", String.valueOf(merged), "m", Map.of("mergedUnitIds", List.of(String.valueOf(a), String.valueOf(b))))
                .body("errors", nullValue()).body("data.mergeUnits.status", equalTo("ACTIVE"));
        gql(countyOrg(), "query($id: ID!) { unitStaffing(unitId: $id) { institution { occupied } } }",
                "id", String.valueOf(merged)).body("data.unitStaffing.institution.occupied", equalTo(1));
        Map<String, Object> rank = new HashMap<>(Map.of("name", "规划管理所", "kind", "PUBLIC_INSTITUTION", "rank", "股级"));
        gql(countyOrg(), "mutation($t: String!, $u: NewUnit!) { createUnit(townCode: $t, unit: $u) { id } }",
                "t", town, "u", rank)
                .body("data.createUnit", nullValue())
                .body("errors[0].extensions.code", equalTo("RANK_NOT_ALLOWED"));
    }

    @Test
    void peopleStaffingAndCertificates() {
        String town = town();
        long unit = unit(town, Map.of("institutionQuota", 4));
        String rid = residentId();
        String personId = gql(countyOrg(), """
                mutation($p: NewPerson!) { createPerson(person: $p) { id residentId gender birthDate } }""",
                "p", Map.of("townCode", town, "name", "黄海", "residentId", rid, "staffType", "INSTITUTION"))
                .body("errors", nullValue())
                .body("data.createPerson.residentId", equalTo(rid))
                .extract().path("data.createPerson.id");
        gql(countyOrg(), """
                mutation($u: ID!, $r: NewRegistration!) { register(unitId: $u, registration: $r) { id unitId slotType } }""",
                "u", String.valueOf(unit), "r", Map.of("personId", personId))
                .body("errors", nullValue()).body("data.register.slotType", equalTo("INSTITUTION"));
        gql(asTown("town-clerk", town),
                """
                        query($t: String!) { staffing(townCode: $t) { total { institution { quota occupied vacant vacancyRate } } } }""",
                "t", town)
                .body("data.staffing.total.institution.quota", equalTo(4))
                .body("data.staffing.total.institution.vacancyRate", equalTo("0.75"));
        gql(asTown("town-clerk", town), "query($ids: [String!]!) { people(ids: $ids) { id name residentId residentIdMasked "
                + "currentRegistration { unitId } } }", "ids", List.of(personId))
                .body("data.people[0].name", equalTo("黄海"))
                .body("data.people[0].residentIdMasked", equalTo(true))
                .body("data.people[0].currentRegistration.unitId", equalTo(String.valueOf(unit)));
        gql(countyOrg(),
                """
                        mutation($id: ID!, $c: NewCertificate!) { addCertificate(personId: $id, certificate: $c) { certificates { number } } }""",
                "id", personId, "c", Map.of("department", "东莞市城市管理综合执法局", "number", "GQL-" + personId,
                        "validFrom", "2025-01-01", "validTo", "2027-12-31"))
                .body("errors", nullValue());
        gql(asDept("东莞市城市管理综合执法局"), """
                query($id: ID!) { validCertificates(personId: $id, department: "东莞市城市管理综合执法局", date: "2026-03-02") {
                  personId valid certificates { number validTo } } }""", "id", personId)
                .body("data.validCertificates.valid", equalTo(true))
                .body("data.validCertificates.personId", equalTo(personId))
                .body("data.validCertificates.certificates[0].validTo", equalTo("2027-12-31"));
        gql(countyOrg(), "mutation($p: NewPerson!) { createPerson(person: $p) { id } }",
                "p", Map.of("townCode", town, "name", "x", "residentId", "441900199001011234", "staffType", "CONTRACT"))
                .body("data.createPerson", nullValue())
                .body("errors[0].message", notNullValue());
    }

    @Test
    void theAppointmentWorkflowThroughMutations() {
        String town = town();
        long office = unit(town, Map.of("kind", "INTERNAL_OFFICE", "leadershipPosts", 1));
        long p = person(town, "ADMINISTRATIVE");
        RequestSpecification leader = asTown("town-leader", town);
        String id = gql(leader, """
                mutation($a: NewAppointment!) { openAppointment(appointment: $a) { id status allowedActions } }""",
                "a", Map.of("type", "APPOINT", "personId", String.valueOf(p), "unitId", String.valueOf(office),
                        "postTitle", "主任", "leading", true, "date", "2025-03-03"))
                .body("errors", nullValue())
                .body("data.openAppointment.status", equalTo("DRAFT"))
                .extract().path("data.openAppointment.id");
        gql(asTown("town-leader", town), "mutation($id: ID!) { publishNotice(id: $id) { status } }", "id", id)
                .body("errors[0].extensions.code", equalTo("ILLEGAL_TRANSITION"));
        gql(asTown("town-leader", town),
                """
                        mutation($id: ID!) { decideAppointment(id: $id, decision: {meetingReference: "镇党委会〔2025〕1号", date: "2025-03-03"}) { status } }""",
                "id", id).body("data.decideAppointment.status", equalTo("DECIDED"));
        gql(asTown("town-leader", town), """
                mutation($id: ID!) { publishNotice(id: $id, step: {date: "2025-03-03"}) { status notice { endsOn } } }""",
                "id", id).body("data.publishNotice.notice.endsOn", equalTo("2025-03-10"));
        gql(asTown("town-leader", town), """
                mutation($id: ID!) { makeAppointmentEffective(id: $id, step: {date: "2025-03-10"}) { status } }""",
                "id", id).body("errors[0].extensions.code", equalTo("NOTICE_PERIOD_NOT_OVER"));
        gql(asTown("town-leader", town), """
                mutation($id: ID!) { makeAppointmentEffective(id: $id, step: {date: "2025-03-11"}) { status effectiveOn } }""",
                "id", id).body("data.makeAppointmentEffective.status", equalTo("EFFECTIVE"));
        long vertical = unit(town, Map.of("kind", "DISPATCHED_AGENCY", "managementMode", "VERTICAL",
                "superiorDepartment", "东莞市国土资源局"));
        gql(asTown("town-leader", town), """
                mutation($a: NewAppointment!) { openAppointment(appointment: $a) { id } }""",
                "a", Map.of("type", "APPOINT", "personId", String.valueOf(p), "unitId", String.valueOf(vertical),
                        "postTitle", "分局长", "leading", true))
                .body("errors[0].extensions.code", equalTo("NOT_APPOINTING_AUTHORITY"));
        gql(asTown("town-clerk", town), "query($t: String!) { appointments(townCode: $t, status: EFFECTIVE) { items { id } } }",
                "t", town).body("data.appointments.items[0].id", equalTo(id));
    }

    @Test
    void personnelSummariesOfManyTownsInOneCall() {
        String a = town();
        String b = town();
        long office = unit(a, Map.of("kind", "INTERNAL_OFFICE", "administrativeQuota", 4, "institutionQuota", 0,
                "leadershipPosts", 2));
        unit(a, Map.of("kind", "PUBLIC_INSTITUTION", "institutionQuota", 2));
        register(office, person(a, "ADMINISTRATIVE"), "2018-01-02");
        long leader = person(a, "ADMINISTRATIVE");
        effectiveAppointment(a, office, leader, "APPOINT", true, "2019-03-01", "2019-03-15");
        asTown("town-leader", a).body(Map.of("type", "APPOINT", "personId", person(a, "ADMINISTRATIVE"), "unitId",
                office, "postTitle", "副主任", "leading", true)).post("/api/v1/appointments").then().statusCode(201);
        String query = """
                query($codes: [String!]!) { personnelSummaries(townCodes: $codes, asOf: "2025-06-30") {
                  townCode asOf units internalOfficesAndBureaus maxInternalOffices leadershipPosts
                  staffing { total { quota occupied vacant vacancyRate } administrative { vacancyRate } }
                  unitsByKind { kind count } openAppointments openAppointmentsByStatus { status count }
                  noticesInProgress rotationDue openAdjustmentRequests overdueAdjustmentRequests } }""";
        gql(as("county-org"), query, "codes", Arrays.asList(b, "999999998", a))
                .body("errors", nullValue())
                .body("data.personnelSummaries", hasSize(3))
                .body("data.personnelSummaries[0].townCode", equalTo(b))
                .body("data.personnelSummaries[0].units", equalTo(0))
                .body("data.personnelSummaries[1]", nullValue())
                .body("data.personnelSummaries[2].townCode", equalTo(a))
                .body("data.personnelSummaries[2].units", equalTo(2))
                .body("data.personnelSummaries[2].internalOfficesAndBureaus", equalTo(1))
                .body("data.personnelSummaries[2].staffing.total.quota", equalTo(6))
                .body("data.personnelSummaries[2].staffing.total.occupied", equalTo(1))
                .body("data.personnelSummaries[2].staffing.total.vacancyRate", equalTo("0.83"))
                .body("data.personnelSummaries[2].staffing.administrative.vacancyRate", equalTo("0.75"))
                .body("data.personnelSummaries[2].openAppointments", equalTo(1))
                .body("data.personnelSummaries[2].openAppointmentsByStatus[0].status", equalTo("DRAFT"))
                .body("data.personnelSummaries[2].rotationDue", equalTo(1));
        gql(asTown("town-clerk", a), query, "codes", List.of(a, b))
                .body("errors[0].extensions.code", equalTo("TOWN_OUT_OF_SCOPE"));
        gql(asTown("town-clerk", a), "{ towns { totalCount edges { node { code personnel { units rotationDue } } } } }")
                .body("errors", nullValue())
                .body("data.towns.totalCount", equalTo(1))
                .body("data.towns.edges", hasSize(1))
                .body("data.towns.edges[0].node.personnel.units", equalTo(2));
        countyOrg().get("/api/v1/personnel-summaries?town=" + a + "&town=" + b + "&asOf=2025-06-30").then()
                .statusCode(200).body("items", hasSize(2)).body("items[0].staffing.total.vacancyRate", equalTo("0.83"));
    }

    @Test
    void assessmentsAndAdjustmentRequestsThroughMutations() {
        String town = town();
        long unit = unit(town, Map.of("institutionQuota", 9));
        long p = person(town, "INSTITUTION");
        gql(asTown("town-clerk", town), """
                mutation($a: NewAssessment!) { recordAssessment(assessment: $a) { id grade status } }""",
                "a", Map.of("personId", String.valueOf(p), "unitId", String.valueOf(unit), "year", 2024, "grade",
                        "EXCELLENT"))
                .body("errors[0].extensions.code", equalTo("EXCELLENT_SHARE_EXCEEDED"));
        gql(asTown("town-clerk", town), """
                mutation($a: NewAssessment!) { recordAssessment(assessment: $a) { grade status } }""",
                "a", Map.of("personId", String.valueOf(p), "unitId", String.valueOf(unit), "year", 2024, "grade",
                        "COMPETENT"))
                .body("data.recordAssessment.status", equalTo("RECORDED"));
        gql(asTown("town-clerk", town),
                "query($u: ID!) { unitAssessments(unitId: $u, year: 2024) { assessed items { grade } } }",
                "u", String.valueOf(unit)).body("data.unitAssessments.assessed", equalTo(1));
        long dual = unit(town, Map.of("kind", "DISPATCHED_AGENCY", "managementMode", "DUAL", "superiorDepartment",
                "东莞市公安局"));
        String reqId = gql(asTown("town-leader", town), """
                mutation($r: NewAdjustmentRequest!) { createAdjustmentRequest(request: $r) { id dueOn overdue } }""",
                "r", Map.of("unitId", String.valueOf(dual), "text", "建议调整", "date", "2025-01-31"))
                .body("data.createAdjustmentRequest.dueOn", notNullValue())
                .extract().path("data.createAdjustmentRequest.id");
        gql(asDept("东莞市公安局"),
                """
                        mutation($id: ID!) { resolveAdjustmentRequest(id: $id, resolution: {outcome: RETAINED, text: "经考察暂不调整"}) { status } }""",
                "id", reqId).body("data.resolveAdjustmentRequest.status", equalTo("RESOLVED"));
    }
}
