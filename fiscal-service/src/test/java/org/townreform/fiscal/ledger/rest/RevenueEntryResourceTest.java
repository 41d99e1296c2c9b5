package org.townreform.fiscal.ledger.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.fiscal.Fixtures.as;
import static org.townreform.fiscal.Fixtures.asTown;
import static org.townreform.fiscal.Fixtures.entry;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.record;
import static org.townreform.fiscal.Fixtures.supervisor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class RevenueEntryResourceTest {
    private static final String ENTRIES = "/api/v1/revenue-entries";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static String revenueOf(String town) {
        return "/api/v1/towns/" + town + "/revenue?limit=200";
    }

    @Test
    void recordsAnEntryAndAuditsIt() {
        String town = newTownCode();
        Map<String, Object> body = entry(town, "2025-03", "TAX_NEW_ENTERPRISE", "1250000.00");
        body.put("enterpriseUscc", "91350100M000100Y43");
        Number id = finance().body(body).post(ENTRIES).then().statusCode(201)
                .header("Location", containsString(ENTRIES + "/"))
                .body("townCode", equalTo(town))
                .body("period", equalTo("2025-03"))
                .body("amount", equalTo("1250000.00"))
                .body("unit", equalTo("YUAN"))
                .body("enterpriseUscc", equalTo("91350100M000100Y43"))
                .body("reversesId", nullValue())
                .extract().path("id");
        supervisor().get("/api/v1/audit?entityType=RevenueEntry&entityId=" + id).then().statusCode(200)
                .body("items[0].action", equalTo("REVENUE_RECORDED")).body("items[0].townCode", equalTo(town));
    }

    @Test
    void aTimestampReadsTheSameInTheWritesAnswerAndInLaterReads() {
        String town = newTownCode();
        Response written = finance().body(entry(town, "2025-03", "ADMIN_FEES", "10.00")).post(ENTRIES);
        written.then().statusCode(201);
        String recordedAt = written.path("recordedAt");
        assertThat(recordedAt).endsWith("+08:00");
        supervisor().get(ENTRIES + "/" + written.path("id")).then().statusCode(200)
                .body("recordedAt", equalTo(recordedAt));
        supervisor().get(revenueOf(town)).then().body("items[0].recordedAt", equalTo(recordedAt));
    }

    @Test
    void aResentEntryStaysOneEntry() {
        String town = newTownCode();
        Map<String, Object> body = entry(town, "2025-04", "ADMIN_FEES", "35000.00");
        Number first = finance().body(body).post(ENTRIES).then().statusCode(201).extract().path("id");
        finance().body(body).post(ENTRIES).then().statusCode(200).body("id", equalTo(first.intValue()));
        // the same reference with other content is not a resend
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("amount", "36000.00");
        finance().body(changed).post(ENTRIES).then().statusCode(409).body("code", equalTo("EXTERNAL_REF_REUSED"));
        supervisor().get(revenueOf(town)).then().body("items", hasSize(1));
    }

    @Test
    void twoIdenticalSendsAtOnceMakeOneEntry() throws Exception {
        String town = newTownCode();
        Map<String, Object> body = entry(town, "2025-05", "TAX_EXISTING", "1000.00");
        List<CompletableFuture<Response>> sends = List.of(
                CompletableFuture.supplyAsync(() -> finance().body(body).post(ENTRIES)),
                CompletableFuture.supplyAsync(() -> finance().body(body).post(ENTRIES)),
                CompletableFuture.supplyAsync(() -> finance().body(body).post(ENTRIES)));
        List<Integer> statuses = sends.stream().map(CompletableFuture::join).map(Response::statusCode).toList();
        List<Object> ids = sends.stream().map(CompletableFuture::join).map(r -> r.path("id")).distinct().toList();
        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(ids).hasSize(1);
        supervisor().get(revenueOf(town)).then().body("items", hasSize(1));
    }

    @Test
    void farmlandIsRecordedInMu() {
        String town = newTownCode();
        finance().body(entry(town, "2025-06", "FARMLAND_RECLAIMED_MU", "12.50")).post(ENTRIES).then()
                .statusCode(201).body("unit", equalTo("MU")).body("amount", equalTo("12.50"));
    }

    @Test
    void aWrongUsccIsRefusedWithItsReason() {
        Map<String, Object> body = entry(newTownCode(), "2025-03", "TAX_NEW_ENTERPRISE", "100.00");
        body.put("enterpriseUscc", "91350100M000100Y44");
        finance().body(body).post(ENTRIES).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("enterpriseUscc"));
    }

    @Test
    void aPeriodOrDateInTheFutureIsRefused() {
        String town = newTownCode();
        Map<String, Object> future = entry(town, "2025-01", "TAX_EXISTING", "100.00");
        future.put("period", YearMonth.from(TODAY).plusMonths(1).toString());
        future.remove("date");
        finance().body(future).post(ENTRIES).then().statusCode(422).body("code", equalTo("PERIOD_IN_FUTURE"));
        Map<String, Object> laterThanBooking = entry(town, "2025-03", "TAX_EXISTING", "100.00");
        laterThanBooking.put("date", "2025-02-27");
        finance().body(laterThanBooking).post(ENTRIES).then().statusCode(422)
                .body("code", equalTo("PERIOD_IN_FUTURE"));
        Map<String, Object> tomorrow = entry(town, "2025-03", "TAX_EXISTING", "100.00");
        tomorrow.put("date", TODAY.plusDays(2).toString());
        finance().body(tomorrow).post(ENTRIES).then().statusCode(422).body("code", equalTo("DATE_IN_FUTURE"));
        supervisor().get(revenueOf(town)).then().body("items", hasSize(0));
    }

    @Test
    void aReversalNamesTheEntryItReversesAndIsTheAnswer() {
        String town = newTownCode();
        long id = record(town, "2025-02", "TAX_NEW_ENTERPRISE", "500000.00");
        Number reversal = finance().body(Map.of("reason", "税务部门更正", "period", "2025-05", "date", "2025-05-20"))
                .post(ENTRIES + "/" + id + "/reverse").then().statusCode(201)
                .body("reversesId", equalTo((int) id)).body("amount", equalTo("-500000.00"))
                .body("period", equalTo("2025-05")).body("note", equalTo("税务部门更正"))
                .body("reversedAmount", nullValue()).body("remainingAmount", nullValue())
                .extract().path("id");
        assertThat(reversal.longValue()).isNotEqualTo(id);
        finance().get(ENTRIES + "/" + id).then().statusCode(200)
                .body("reversedById", equalTo(reversal.intValue())).body("reversalIds", contains(reversal.intValue()))
                .body("reversedAmount", equalTo("500000.00")).body("remainingAmount", equalTo("0.00"));
        finance().body(Map.of("reason", "again", "date", "2025-06-01")).post(ENTRIES + "/" + id + "/reverse").then()
                .statusCode(409).body("code", equalTo("ALREADY_REVERSED"));
        finance().body(Map.of("reason", "undo", "date", "2025-06-01")).post(ENTRIES + "/" + reversal + "/reverse")
                .then().statusCode(409).body("code", equalTo("CANNOT_REVERSE_A_REVERSAL"));
        finance().body(Map.of("reason", "undo", "amount", "1.00", "date", "2025-06-01"))
                .post(ENTRIES + "/" + reversal + "/reverse").then().statusCode(409)
                .body("code", equalTo("CANNOT_REVERSE_A_REVERSAL"));
        supervisor().get("/api/v1/audit?entityType=RevenueEntry&entityId=" + id).then()
                .body("items[0].action", equalTo("REVENUE_REVERSED"));
    }

    @Test
    void anEntryIsReversedInPartsUpToWhatIsLeft() {
        String town = newTownCode();
        long id = record(town, "2025-03", "TAX_NEW_ENTERPRISE", "1000.00");
        finance().get(ENTRIES + "/" + id).then().body("reversedAmount", equalTo("0.00"))
                .body("remainingAmount", equalTo("1000.00")).body("reversalIds", hasSize(0))
                .body("reversedById", nullValue());

        Response part = finance().body(Map.of("reason", "部分退库", "amount", "300.00", "date", "2025-04-10"))
                .post(ENTRIES + "/" + id + "/reverse");
        part.then().statusCode(201).body("reversesId", equalTo((int) id)).body("amount", equalTo("-300.00"))
                .body("period", equalTo("2025-04")).body("category", equalTo("TAX_NEW_ENTERPRISE"));
        int first = part.path("id");
        assertThat(part.header("Location")).endsWith(ENTRIES + "/" + first);
        finance().get(ENTRIES + "/" + id).then().body("reversedAmount", equalTo("300.00"))
                .body("remainingAmount", equalTo("700.00")).body("reversalIds", contains(first))
                .body("reversedById", equalTo(first));

        // more than is left: refused, nothing booked
        finance().body(Map.of("reason", "x", "amount", "700.01", "date", "2025-04-10"))
                .post(ENTRIES + "/" + id + "/reverse").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("REVERSAL_EXCEEDS_REMAINING"))
                .body("detail", containsString("700.00 left"));

        // no amount: all that is left
        int second = finance().body(Map.of("reason", "全部冲销", "date", "2025-05-10"))
                .post(ENTRIES + "/" + id + "/reverse").then().statusCode(201).body("amount", equalTo("-700.00"))
                .extract().path("id");
        finance().get(ENTRIES + "/" + id).then().body("reversedAmount", equalTo("1000.00"))
                .body("remainingAmount", equalTo("0.00")).body("reversalIds", contains(first, second))
                .body("reversedById", equalTo(second));
        finance().body(Map.of("reason", "x", "amount", "0.01", "date", "2025-05-10"))
                .post(ENTRIES + "/" + id + "/reverse").then().statusCode(409)
                .body("code", equalTo("ALREADY_REVERSED"));

        // the ledger holds the entry and its two parts, summing to nothing
        supervisor().get(revenueOf(town)).then().body("items", hasSize(3))
                .body("items.amount", contains("1000.00", "-300.00", "-700.00"));
        supervisor().get("/api/v1/towns/" + town + "/revenue?period=2025-03").then()
                .body("items[0].remainingAmount", equalTo("0.00"));
    }

    @Test
    void aReversalAmountMustBePositiveAndInFen() {
        long id = record(newTownCode(), "2025-03", "ADMIN_FEES", "100.00");
        for (String amount : List.of("0", "0.00", "-5.00", "0.001", "abc", "1e400")) {
            finance().body(Map.of("reason", "x", "amount", amount, "date", "2025-04-10"))
                    .post(ENTRIES + "/" + id + "/reverse").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        finance().body(Map.of("reason", "x", "amount", "-5.00", "date", "2025-04-10"))
                .post(ENTRIES + "/" + id + "/reverse").then().body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("amount"));
        finance().body(Map.of("reason", "x", "note", "y", "date", "2025-04-10"))
                .post(ENTRIES + "/" + id + "/reverse").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        finance().get(ENTRIES + "/" + id).then().body("remainingAmount", equalTo("100.00"))
                .body("reversalIds", hasSize(0));
    }

    @Test
    void aReversalIsNotBookedBeforeItsEntry() {
        long id = record(newTownCode(), "2025-04", "ADMIN_FEES", "100.00");
        finance().body(Map.of("reason", "x", "period", "2025-03", "date", "2025-05-01"))
                .post(ENTRIES + "/" + id + "/reverse").then().statusCode(422)
                .body("code", equalTo("REVERSAL_BEFORE_ORIGINAL"));
    }

    @Test
    void aResentReversalWithItsOwnReferenceAnswersTheSameReversal() {
        long id = record(newTownCode(), "2025-04", "ADMIN_FEES", "100.00");
        Map<String, Object> body = Map.of("reason", "x", "amount", "40.00", "date", "2025-05-01", "sourceSystem",
                "TAX", "externalRef", "rev-" + id);
        Number first = finance().body(body).post(ENTRIES + "/" + id + "/reverse").then().statusCode(201)
                .body("amount", equalTo("-40.00")).extract().path("id");
        finance().body(body).post(ENTRIES + "/" + id + "/reverse").then().statusCode(200)
                .header("Location", containsString(ENTRIES + "/" + first))
                .body("id", equalTo(first.intValue())).body("amount", equalTo("-40.00"));
        // the same reference with another amount is not a resend
        Map<String, Object> other = new HashMap<>(body);
        other.put("amount", "41.00");
        finance().body(other).post(ENTRIES + "/" + id + "/reverse").then().statusCode(409)
                .body("code", equalTo("EXTERNAL_REF_REUSED"));
        finance().get(ENTRIES + "/" + id).then().body("remainingAmount", equalTo("60.00"))
                .body("reversalIds", contains(first.intValue()));
    }

    @Test
    void anIdempotencyKeyReplaysTheSameReversingEntry() {
        String town = newTownCode();
        long id = record(town, "2025-04", "ADMIN_FEES", "100.00");
        Map<String, Object> body = Map.of("reason", "x", "amount", "25.00", "date", "2025-05-01");
        String key = "rev-" + town;
        Response first = finance().header("Idempotency-Key", key).body(body).post(ENTRIES + "/" + id + "/reverse");
        first.then().statusCode(201).body("reversesId", equalTo((int) id)).body("amount", equalTo("-25.00"));
        finance().header("Idempotency-Key", key).body(body).post(ENTRIES + "/" + id + "/reverse").then()
                .statusCode(201).header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.<Integer>path("id")));
        finance().get(ENTRIES + "/" + id).then().body("remainingAmount", equalTo("75.00"))
                .body("reversalIds", hasSize(1));
        // without the key, the same body is another part
        finance().body(body).post(ENTRIES + "/" + id + "/reverse").then().statusCode(201);
        finance().get(ENTRIES + "/" + id).then().body("remainingAmount", equalTo("50.00"))
                .body("reversalIds", hasSize(2));
    }

    @Test
    void theLedgerIsReadByTheTownItselfAndNoOtherTown() {
        String mine = newTownCode();
        String other = newTownCode();
        record(mine, "2025-01", "ADMIN_FEES", "10.00");
        long theirs = record(other, "2025-01", "ADMIN_FEES", "10.00");
        asTown("town-clerk", mine).get(revenueOf(mine)).then().statusCode(200).body("items", hasSize(1));
        asTown("town-leader", mine).get(revenueOf(other)).then().statusCode(403)
                .body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        asTown("town-clerk", mine).get(ENTRIES + "/" + theirs).then().statusCode(403)
                .body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        as("county-org").get(revenueOf(mine)).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as("supervisor").get(revenueOf(mine)).then().statusCode(200);
    }

    @Test
    void onlyTheCountyFinanceBureauRecords() {
        String town = newTownCode();
        asTown("town-clerk", town).body(entry(town, "2025-01", "ADMIN_FEES", "1.00")).post(ENTRIES).then()
                .statusCode(403);
        as("supervisor").body(entry(town, "2025-01", "ADMIN_FEES", "1.00")).post(ENTRIES).then().statusCode(403);
        given().contentType("application/json").body(entry(town, "2025-01", "ADMIN_FEES", "1.00")).post(ENTRIES)
                .then().statusCode(401);
    }

    @Test
    void listsFilterAndPage() {
        String town = newTownCode();
        record(town, "2025-01", "ADMIN_FEES", "1.00");
        record(town, "2025-02", "ADMIN_FEES", "2.00");
        record(town, "2024-02", "TAX_EXISTING", "3.00");
        supervisor().get("/api/v1/towns/" + town + "/revenue?year=2025").then().body("items", hasSize(2));
        supervisor().get("/api/v1/towns/" + town + "/revenue?period=2025-02").then().body("items", hasSize(1))
                .body("items[0].amount", equalTo("2.00"));
        supervisor().get("/api/v1/towns/" + town + "/revenue?category=TAX_EXISTING").then().body("items", hasSize(1));
        String next = supervisor().get("/api/v1/towns/" + town + "/revenue?limit=2").then()
                .body("items", hasSize(2)).extract().path("nextCursor");
        supervisor().get("/api/v1/towns/" + town + "/revenue?limit=2&cursor=" + next).then()
                .body("items", hasSize(1)).body("nextCursor", nullValue());
    }

    @Test
    void badInputIsAClearProblemNeverA500() {
        String town = newTownCode();
        finance().body("{\"townCode\": ").post(ENTRIES).then().statusCode(400)
                .contentType("application/problem+json");
        finance().post(ENTRIES).then().statusCode(400);
        Map<String, Object> wrongEnum = entry(town, "2025-01", "SALT_TAX", "1.00");
        finance().body(wrongEnum).post(ENTRIES).then().statusCode(400).body("detail", containsString("TAX_EXISTING"));
        finance().body(entry(town, "2025-01", "ADMIN_FEES", "1e400")).post(ENTRIES).then().statusCode(400);
        finance().body(entry(town, "2025-01", "ADMIN_FEES", "12345678901234567890.00")).post(ENTRIES).then()
                .statusCode(400).body("errors.field", hasItem("amount"));
        finance().body(entry(town, "2025-01", "ADMIN_FEES", "0.001")).post(ENTRIES).then().statusCode(400);
        finance().body(entry(town, "2025-01", "ADMIN_FEES", "0")).post(ENTRIES).then().statusCode(400);
        finance().body(entry(town, "2025-01", "ADMIN_FEES", "-5.00")).post(ENTRIES).then().statusCode(400);
        finance().body(entry(town, "2025-01", "ADMIN_FEES", "abc")).post(ENTRIES).then().statusCode(400);
        finance().body(entry(town, "2025-13", "ADMIN_FEES", "1.00")).post(ENTRIES).then().statusCode(400);
        finance().body(entry("12345", "2025-01", "ADMIN_FEES", "1.00")).post(ENTRIES).then().statusCode(400)
                .body("errors.field", hasItem("townCode"));
        Map<String, Object> badDate = entry(town, "2025-01", "ADMIN_FEES", "1.00");
        badDate.put("date", "2025-02-30");
        finance().body(badDate).post(ENTRIES).then().statusCode(400);
        Map<String, Object> ancient = entry(town, "1800-01", "ADMIN_FEES", "1.00");
        ancient.put("date", "1800-01-31");
        finance().body(ancient).post(ENTRIES).then().statusCode(400);
        finance().get(ENTRIES + "/abc").then().statusCode(400);
        finance().get(ENTRIES + "/99999999999999999999").then().statusCode(400);
        finance().get(ENTRIES + "/999999999").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        finance().body(Map.of("reason", "x")).post(ENTRIES + "/999999999/reverse").then().statusCode(404);
        finance().body(Map.of()).post(ENTRIES + "/1/reverse").then().statusCode(400);
        finance().get("/api/v1/towns/abc/revenue").then().statusCode(400);
        finance().get("/api/v1/towns/" + town + "/revenue?year=20x5").then().statusCode(400);
        finance().get("/api/v1/towns/" + town + "/revenue?category=NOPE").then().statusCode(400);
        finance().get("/api/v1/towns/" + town + "/revenue?cursor=%%%").then().statusCode(400);
        supervisor().get(revenueOf(town)).then().body("items", hasSize(0));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        String town = newTownCode();
        Map<String, Object> body = entry(town, "2025-01", "ADMIN_FEES", "5.00");
        Number id = finance().header("Idempotency-Key", "k-" + town).body(body).post(ENTRIES).then().statusCode(201)
                .extract().path("id");
        finance().header("Idempotency-Key", "k-" + town).body(body).post(ENTRIES).then().statusCode(201)
                .body("id", equalTo(id.intValue()));
        finance().header("Idempotency-Key", "k-" + town).body(entry(town, "2025-01", "ADMIN_FEES", "6.00"))
                .post(ENTRIES).then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }
}
