package org.townreform.personnel.support;

import static org.hamcrest.Matchers.equalTo;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.person;
import static org.townreform.personnel.Fixtures.town;
import static org.townreform.personnel.Fixtures.unit;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.ProblemBasesContract;

import io.quarkus.test.junit.QuarkusTest;

/** Every business refusal of personnel-service names the clause it enforces, as docs/problems.md lists it. */
@QuarkusTest
class RuleBasesTest {

    @Test
    void everyBusinessCodeOfTheTableHasTheBasisTheServiceAnswers() {
        ProblemBasesContract.check("personnel-service", Set.of("TOWN_EXISTS", "LEADERSHIP_POSTS_NEGATIVE",
                "UNIT_EXISTS", "UNIT_NOT_ACTIVE", "DATE_BEFORE_REGISTRATION", "DATE_BEFORE_ESTABLISHED", "PERSON_EXISTS",
                "CERTIFICATE_EXISTS", "DEPT_OUT_OF_SCOPE", "TOWN_MISMATCH", "DATE_BEFORE_START", "POST_NOT_HELD",
                "DATE_BEFORE_PREVIOUS_STEP", "YEAR_IN_FUTURE", "COUNTY_ROLE_REQUIRED"));
    }

    @Test
    void aRestRefusalCarriesItsBasis() {
        String town = town();
        long unit = unit(town, Map.of("kind", "BUREAU", "administrativeQuota", 0, "institutionQuota", 0));
        countyOrg().body(Map.of("personId", person(town, "ADMINISTRATIVE")))
                .post("/api/v1/units/" + unit + "/registrations").then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("QUOTA_EXCEEDED"))
                .body("basis", equalTo("《关于推进扩权强镇试点工作的实施方案》（临溪镇）四（六）在核定的编制范围内"));
        countyOrg().body(Map.of("name", "规划管理所", "kind", "PUBLIC_INSTITUTION", "rank", "股级"))
                .post("/api/v1/towns/" + town + "/units").then().statusCode(422)
                .body("code", equalTo("RANK_NOT_ALLOWED"))
                .body("basis", equalTo("《东莞市石龙镇简政强镇试点工作实施方案》六（二）全面取消事业单位的行政级别"));
        // a technical refusal names none
        countyOrg().body(Map.of("name", "规划管理所", "kind", "PUBLIC_INSTITUTION")).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(201);
        countyOrg().body(Map.of("name", "规划管理所", "kind", "PUBLIC_INSTITUTION")).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(409).body("code", equalTo("UNIT_EXISTS")).body("basis", equalTo(null));
    }

    @Test
    void aGraphQLRefusalCarriesItsBasisInTheExtensions() {
        String town = town();
        Map<String, Object> variables = new HashMap<>();
        variables.put("t", town);
        variables.put("u", Map.of("name", "规划管理所", "kind", "PUBLIC_INSTITUTION", "rank", "股级"));
        asTown("town-clerk", town).body(Map.of("query",
                "mutation($t: String!, $u: NewUnit!) { createUnit(townCode: $t, unit: $u) { id } }", "variables",
                variables)).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("RANK_NOT_ALLOWED"))
                .body("errors[0].extensions.basis",
                        equalTo("《东莞市石龙镇简政强镇试点工作实施方案》六（二）全面取消事业单位的行政级别"));
    }

    @Test
    void aResidentIdNumberOfNoOneYetNamesTheStandard() {
        String town = town();
        String first17 = "441900" + "20990101" + "123";
        countyOrg().body(Map.of("townCode", town, "name", "王五", "residentId",
                first17 + org.townreform.common.id.ResidentIdNumber.checkCharacter(first17), "staffType", "CONTRACT"))
                .post("/api/v1/people").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("basis", equalTo("《公民身份号码》GB 11643-1999"));
    }
}
