package org.townreform.license.config;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.newTownCode;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.ProblemBasesContract;
import org.townreform.license.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/** Every business refusal names the clause it enforces; the table of codes in docs/problems.md says the same. */
@QuarkusTest
class RuleBasesTest {
    private static final String AUTHORITY = "《中华人民共和国行政许可法》第二十四条；《东莞市石龙镇简政强镇试点工作实施方案》五（二）";

    @Test
    void everyBusinessCodeOfTheTableHasTheBasisTheServiceAnswers() {
        ProblemBasesContract.check("license-service", Set.of("IMPORT_FILE_EMPTY", "IMPORT_FILE_UNREADABLE",
                "IMPORT_FILE_TOO_LARGE", "IMPORT_HEADER_INVALID", "ITEM_UNKNOWN", "TOWN_NAME_MISMATCH",
                "DEPARTMENT_OUT_OF_SCOPE", "DATE_BEFORE_LAST_CHANGE", "DATE_BEFORE_PREVIOUS_STEP",
                "PERSONNEL_UNAVAILABLE", "RATE_LIMITED"));
    }

    private static Map<String, Object> application(String town, String item) {
        return Map.of("townCode", town, "itemCode", item, "channel", "COUNTER", "date", "2026-03-02", "materials",
                List.of("申请书", "营业执照复印件"), "applicant", Map.of("kind", "PERSON", "name", Fixtures.NAME,
                        "residentId", Fixtures.RESIDENT_ID, "phone", Fixtures.PHONE));
    }

    @Test
    void aRestRefusalCarriesItsBasis() {
        String town = newTownCode();
        clerk(town).body(application(town, item("LICENSE", 10))).post("/api/v1/applications").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("BEYOND_DELEGATED_AUTHORITY"))
                .body("basis", equalTo(AUTHORITY));
    }

    @Test
    void aGraphQLRefusalCarriesItsBasisInExtensions() {
        String town = newTownCode();
        clerk(town).body(Map.of("query", "mutation($a: NewApplication!) { submitApplication(application: $a) { id } }",
                "variables", Map.of("a", application(town, item("LICENSE", 10))))).post("/graphql").then()
                .statusCode(200).body("data.submitApplication", nullValue())
                .body("errors[0].extensions.code", equalTo("BEYOND_DELEGATED_AUTHORITY"))
                .body("errors[0].extensions.basis", equalTo(AUTHORITY));
    }

    @Test
    void aTechnicalRefusalHasNoBasis() {
        String town = newTownCode();
        clerk(town).body(application(town, "NO-SUCH-ITEM")).post("/api/v1/applications").then().statusCode(422)
                .body("code", equalTo("ITEM_UNKNOWN")).body("basis", nullValue());
    }
}
