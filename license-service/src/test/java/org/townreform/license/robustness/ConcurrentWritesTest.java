package org.townreform.license.robustness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.townreform.license.Fixtures.DEPT;
import static org.townreform.license.Fixtures.agreement;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.leader;
import static org.townreform.license.Fixtures.newItemCode;
import static org.townreform.license.Fixtures.newTownCode;
import static org.townreform.license.Fixtures.path;
import static org.townreform.license.Fixtures.submitComplete;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.Race;
import org.townreform.common.testing.Race.Answers;
import org.townreform.common.testing.Tokens;
import org.townreform.license.Fixtures;
import org.townreform.license.Fixtures.Submitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Twenty requests that would each break the same unique constraint if all succeeded, sent at once: one succeeds, the
 * others get what a request arriving second gets (409 with the rule's code, or the first answer replayed), never a 5xx,
 * and the table holds one row.
 */
@QuarkusTest
class ConcurrentWritesTest {
    @Inject
    Pool pool;

    @BeforeEach
    void calendars() {
        Fixtures.calendars();
    }

    private long count(String sql, Object... params) {
        return Race.count(pool, sql, params);
    }

    /** A case of a LICENSE item of the town, submitted, accepted and under review on 2 March 2026. */
    private static Submitted underReview(String town, String item) {
        Submitted s = submitComplete(town, item, "2026-03-02");
        clerk(town).body(Map.of("date", "2026-03-02")).post(path(s.id(), "accept")).then().statusCode(200);
        clerk(town).body(Map.of("date", "2026-03-02")).post(path(s.id(), "start-review")).then().statusCode(200);
        return s;
    }

    private static String delegated(String town, String kind) {
        String item = item(kind, 10);
        agreement(town, "ENTRUSTED", item);
        return item;
    }

    @Test
    void racingComplaintsWithOneIdempotencyKeyRecordOneAndAllGetItsAnswer() {
        String town = newTownCode();
        Map<String, Object> body = Map.of("townCode", town, "subject", "窗口排队过久", "content", "等候两小时", "date",
                "2026-03-02");
        String key = "race-complaint-" + town;
        Answers answers = Race.run(() -> clerk(town).header("Idempotency-Key", key).body(body),
                spec -> spec.post("/api/v1/complaints"));
        answers.replayed();
        assertThat(answers.successes()).allMatch(a -> a.status() == 201);
        assertThat(count("select count(*) from complaint where town_code = $1", town)).isEqualTo(1);
        assertThat(count("select count(*) from idempotency_record where idempotency_key = $1", key)).isEqualTo(1);
    }

    @Test
    void racingImportsWithOneIdempotencyKeyCreateTheItemOnceAndAllGetTheFirstReport() {
        String code = newItemCode();
        byte[] csv = csv(code);
        String key = "race-import-" + code;
        Answers answers = Race.run(() -> importing(csv).header("Idempotency-Key", key),
                spec -> spec.post("/api/v1/items/import"));
        String report = answers.replayed().body();
        assertThat(JsonPath.from(report).getInt("created")).isEqualTo(1);
        assertThat(count("select count(*) from catalogue_item where code = $1", code)).isEqualTo(1);
        assertThat(count("select count(*) from idempotency_record where idempotency_key = $1", key)).isEqualTo(1);
    }

    @Test
    void racingImportsOfANewItemCreateItOnceAndAnswerTheOthersUnchangedOrRetry() {
        String code = newItemCode();
        byte[] csv = csv(code);
        Answers answers = Race.run(() -> importing(csv), spec -> spec.post("/api/v1/items/import"));
        // An import is an upsert: one that comes second finds the row unchanged (200); one that raced the first past the
        // read meets its insert and is asked to import again (409 CONCURRENT_UPDATE).
        assertThat(answers.all()).as("%s", answers.tally())
                .allMatch(a -> a.status() == 200 || a.status() == 409 && "CONCURRENT_UPDATE".equals(a.code()));
        List<Integer> created = answers.successes().stream().map(a -> JsonPath.from(a.body()).getInt("created")).toList();
        assertThat(created).as("items created per successful import: %s", answers.tally()).containsOnlyOnce(1)
                .allMatch(n -> n == 0 || n == 1);
        assertThat(count("select count(*) from catalogue_item where code = $1", code)).isEqualTo(1);
    }

    @Test
    void racingRatingsOfOneEndedCaseRecordOneAndRefuseTheRestAsAlreadyEvaluated() {
        String town = newTownCode();
        Submitted s = submitComplete(town, delegated(town, "LICENSE"), "2026-03-02");
        clerk(town).body(Map.of("date", "2026-03-03", "reason", "申请人撤回")).post(path(s.id(), "withdraw")).then()
                .statusCode(200);
        // A low rating also opens a rectification; half the racers rate with the applicant's code, half as the clerk.
        Map<String, Object> rating = Map.of("rating", 2, "comment", "等候太久", "date", "2026-03-04");
        String publicPath = "/api/v1/public/applications/" + s.number() + "/evaluation?code=" + s.code();
        Race.each(i -> {
            RequestSpecification spec = i % 2 == 0
                    ? given().contentType("application/json").body(rating)
                    : clerk(town).body(rating);
            return () -> spec.post(i % 2 == 0 ? publicPath : path(s.id(), "evaluation"));
        }).oneWinner("ALREADY_EVALUATED");
        assertThat(count("select count(*) from evaluation where application_id = $1", s.id())).isEqualTo(1);
        assertThat(count("select count(*) from rectification where application_id = $1", s.id())).isEqualTo(1);
    }

    @Test
    void racingFilingsOfOneDecisionRecordOneAndRefuseTheRestAsIllegalTransitions() {
        String town = newTownCode();
        Submitted s = underReview(town, delegated(town, "LICENSE"));
        leader(town).body(Map.of("date", "2026-03-03")).post(path(s.id(), "approve")).then().statusCode(200);
        // Filing a filed decision is a workflow step out of order: the code a second request gets.
        Race.run(() -> clerk(town).body(Map.of("receiptNumber", "东执备〔2026〕1号", "receivedOn", "2026-03-05")),
                spec -> spec.post(path(s.id(), "file"))).oneWinner("ILLEGAL_TRANSITION");
        assertThat(count("select count(*) from filing where application_id = $1", s.id())).isEqualTo(1);
    }

    @Test
    void racingApprovalsOfOnePreReviewCaseForwardItOnceAndRefuseTheRestAsIllegalTransitions() {
        String town = newTownCode();
        Submitted s = underReview(town, delegated(town, "PRE_REVIEW"));
        Race.run(() -> leader(town).body(Map.of("date", "2026-03-03")), spec -> spec.post(path(s.id(), "approve")))
                .oneWinner("ILLEGAL_TRANSITION");
        assertThat(count("select count(*) from forwarding where application_id = $1", s.id())).isEqualTo(1);
        assertThat(count("select count(*) from application_transition where application_id = $1 and action = 'approve'",
                s.id())).isEqualTo(1);
    }

    @Test
    void racingSubmissionsOfOneTownAndDayAllGetNumbersOfTheirOwn() {
        String town = newTownCode();
        String item = delegated(town, "LICENSE");
        Map<String, Object> body = new HashMap<>();
        body.put("townCode", town);
        body.put("itemCode", item);
        body.put("applicant", Map.of("kind", "PERSON", "name", Fixtures.NAME, "residentId", Fixtures.RESIDENT_ID,
                "phone", Fixtures.PHONE));
        body.put("channel", "COUNTER");
        body.put("materials", List.of("申请书", "营业执照复印件"));
        body.put("date", "2026-03-02");
        // Not a race for one row: the numbers come from a sequence, so application_number_key never decides.
        Answers answers = Race.run(() -> clerk(town).body(body), spec -> spec.post("/api/v1/applications"));
        assertThat(answers.all()).as("%s", answers.tally()).allMatch(a -> a.status() == 201);
        assertThat(answers.all().stream().map(a -> JsonPath.from(a.body()).getString("number")).distinct())
                .hasSize(Race.RACERS);
        assertThat(count("select count(*) from application where town_code = $1", town)).isEqualTo(Race.RACERS);
    }

    @Test
    void racingLoadsOfANewCalendarYearStoreOneYearAndNeverFail() {
        Race.calendarYear(pool, 2189);
    }

    private static byte[] csv(String code) {
        return ("事项编码,事项名称,事项类型,授权部门,法定时限,承诺时限\n" + code + ",并发导入事项,LICENSE," + DEPT + ",20,10\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static RequestSpecification importing(byte[] csv) {
        return given().header("Authorization", Tokens.bearer(Tokens.role("county-org")))
                .multiPart("file", "items.csv", csv, "text/csv");
    }
}
