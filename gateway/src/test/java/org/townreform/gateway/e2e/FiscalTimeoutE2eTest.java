package org.townreform.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * fiscal-service's address accepts connections and never answers: the gateway gives up after its call timeout (default
 * 2 s) and answers everything else, with {@code TIMEOUT} on every town's {@code fiscal}.
 */
@QuarkusTest
@TestProfile(E2eProfile.FiscalHanging.class)
class FiscalTimeoutE2eTest extends E2eTestBase {
    private static final String WITHOUT_FISCAL = """
            query Dashboard($year: Int!) {
              countyDashboard(year: $year) { year towns { code name personnel { %s } licensing { %s } } }
            }""".formatted(PERSONNEL, LICENSING);

    @Test
    void aHangingServiceCostsTheTimeoutAndNoMore() {
        Assumptions.assumeFalse(Gql.againstPeer(), "the hanging address is our gateway's configuration");
        // What the dashboard costs without fiscal-service, on this machine now (a busy 2-core machine is slow).
        long withoutFiscal = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Response r = Gql.post(Gql.gateway(), supervisor(), WITHOUT_FISCAL, Map.of("year", YEAR));
            withoutFiscal = Math.min(withoutFiscal, (System.nanoTime() - start) / 1_000_000);
            assertThat(r.jsonPath().getList("errors")).as(Gql.brief(r)).isNullOrEmpty();
        }

        long start = System.nanoTime();
        Response r = Gql.post(Gql.gateway(), supervisor(), DASHBOARD, Map.of("year", YEAR));
        long millis = (System.nanoTime() - start) / 1_000_000;

        r.then().statusCode(200);
        assertThat(millis).as("the 2 s call timeout (the other services answer meanwhile: %d ms without fiscal)",
                withoutFiscal).isBetween(1_900L, Math.max(2_000L, withoutFiscal) + 1_000L);
        List<Map<String, Object>> towns = r.jsonPath().getList("data.countyDashboard.towns");
        assertThat(towns).hasSize(E2eServices.TOWNS);
        assertThat(towns).allSatisfy(t -> {
            assertThat(t.get("personnel")).isNotNull();
            assertThat(t.get("licensing")).isNotNull();
            assertThat(t.get("fiscal")).isNull();
        });
        PartialAnswers.assertEveryTownsFieldFailed(r, "countyDashboard", "fiscal", "TIMEOUT");
    }
}
