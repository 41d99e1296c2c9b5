package org.townreform.fiscal.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.record;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.ProblemBasesContract;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every business refusal of fiscal-service names the clause it enforces: the fiscal table of docs/problems.md gives each
 * code the basis the running service answers with, and the answers carry it, problem+json {@code basis} and GraphQL
 * {@code extensions.basis}. The codes of input shape and of resends have none.
 */
@QuarkusTest
class RuleBasesTest {
    /** The fiscal codes that enforce no business clause: input shape (dates, periods) and a resend's identity. */
    static final Set<String> TECHNICAL = Set.of("EXTERNAL_REF_REUSED", "PERIOD_IN_FUTURE", "POLICY_END_NOT_EARLIER",
            "DATE_BEFORE_SETTLEMENT");

    @Test
    void everyFiscalCodeInDocsProblemsHasTheBasisTheServiceAnswersWith() {
        ProblemBasesContract.check("fiscal-service", TECHNICAL);
    }

    @Test
    void aRestRefusalCarriesItsBasis() {
        long id = record(newTownCode(), "2025-03", "TAX_NEW_ENTERPRISE", "1000.00");
        finance().body(Map.of("reason", "退库", "amount", "1000.01", "date", "2025-04-10"))
                .post("/api/v1/revenue-entries/" + id + "/reverse").then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("REVERSAL_EXCEEDS_REMAINING"))
                .body("basis", equalTo("《会计基础工作规范》第五十一条（五）：金额错误按差额调整，调减金额用红字"));
        // a refusal of input shape names no clause
        finance().body(Map.of("reason", "x", "period", "2025-02", "date", "2025-04-10"))
                .post("/api/v1/revenue-entries/" + id + "/reverse").then().statusCode(422)
                .body("code", equalTo("REVERSAL_BEFORE_ORIGINAL"))
                .body("basis", equalTo("《会计基础工作规范》第五十一条（五）：更正已经登记入账的记账凭证"));
        finance().body(Map.of("reason", "x", "amount", "0", "date", "2025-04-10"))
                .post("/api/v1/revenue-entries/" + id + "/reverse").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("basis", nullValue());
    }

    @Test
    void aGraphQLRefusalCarriesItsBasisInExtensions() {
        Map<String, Object> mining = Map.of("kind", "PROPORTIONAL", "categories", List.of("MINING_RIGHTS"), "rate",
                "0.40");
        finance().body(Map.of("query", "mutation($t: String!, $p: NewPolicy!) { createPolicy(townCode: $t, policy: $p) "
                + "{ id } }", "variables",
                Map.of("t", newTownCode(), "p", Map.of("name", "p", "validFrom",
                        "2024-01-01", "rules", List.of(mining)))))
                .post("/graphql").then().statusCode(200)
                .body("data.createPolicy", nullValue())
                .body("errors[0].extensions.code", equalTo("MINING_RIGHTS_RATE_TOO_LOW"))
                .body("errors[0].extensions.basis", equalTo("《绥阳县蒲场镇扩权强镇改革试点工作实施方案》五（三）3：按不低于50%的比例返还"));
    }
}
