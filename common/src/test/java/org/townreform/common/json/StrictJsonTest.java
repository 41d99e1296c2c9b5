package org.townreform.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.townreform.common.error.ProblemException;
import org.townreform.common.error.ProblemMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The services' JSON reader refuses what could be read two ways, and says which field and why. */
class StrictJsonTest {
    record Entry(String townCode, BigDecimal amount, LocalDate date, Boolean confirmed, Integer count,
            List<String> tags) {
    }

    record Stamp(OffsetDateTime at) {
    }

    private final ObjectMapper json = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonCustomizer().customize(m);
        return m;
    }

    @Test
    void aWellFormedBodyIsReadAsBefore() throws Exception {
        Entry e = json.readValue("""
                {"townCode":"441900113","amount":"1234.50","date":"2026-03-02","confirmed":true,"count":3,
                 "tags":["a","b"]}""", Entry.class);
        assertThat(e.amount()).isEqualByComparingTo("1234.50");
        assertThat(e.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(json.readValue("{\"amount\":12.5}", Entry.class).amount()).isEqualByComparingTo("12.5");
    }

    @Test
    void aKeyTwiceIsRefused() {
        assertThat(refusal("{\"townCode\":\"x\",\"townCode\":\"y\"}").code()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void dataAfterTheDocumentIsRefused() {
        assertThat(refusal("{\"townCode\":\"x\"}}{").code()).isEqualTo("MALFORMED_JSON");
        assertThat(refusal("{\"townCode\":\"x\"} {}").code()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void anUnknownPropertyIsRefusedByName() {
        ProblemException p = refusal("{\"townCode\":\"x\",\"amout\":\"1.00\"}");
        assertThat(p.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(p.detail()).contains("amout");
    }

    @Test
    void scalarsOfTheWrongTypeAreRefused() {
        assertThat(refusal("{\"confirmed\":2}").fieldErrors()).extracting("field").containsExactly("confirmed");
        assertThat(refusal("{\"confirmed\":\"true\"}").fieldErrors()).extracting("field").containsExactly("confirmed");
        assertThat(refusal("{\"townCode\":441900113}").fieldErrors()).extracting("field").containsExactly("townCode");
        assertThat(refusal("{\"townCode\":true}").fieldErrors()).extracting("field").containsExactly("townCode");
        assertThat(refusal("{\"count\":1.5}").fieldErrors()).extracting("field").containsExactly("count");
        assertThat(refusal("{\"count\":\"\"}").fieldErrors()).extracting("field").containsExactly("count");
    }

    @Test
    void aNulInAnyTextIsRefused() {
        assertThat(refusal("{\"townCode\":\"a\\u0000b\"}").fieldErrors()).extracting("field")
                .containsExactly("townCode");
        assertThat(refusal("{\"tags\":[\"ok\",\"a\\u0000\"]}").code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void datesAreRealDaysOfTheFormInRange() {
        for (String bad : List.of("\"\"", "\"0000-01-01\"", "\"-0001-01-01\"", "\"2026-02-30\"",
                "\"2026-03-02T10:00:00\"", "\"2026-03-02T10:00:00Z\"", "\"1899-12-31\"", "\"2200-01-01\"",
                "\"+12026-01-01\"", "20260302", "\"2026-3-2\"")) {
            assertThat(refusal("{\"date\":" + bad + "}").fieldErrors()).as(bad).extracting("field")
                    .containsExactly("date");
        }
    }

    @Test
    void decimalsTooLargeToBeAmountsAreRefusedAsStringsAndAsNumbers() {
        assertThat(refusal("{\"amount\":\"1e2147483647\"}").fieldErrors()).extracting("field")
                .containsExactly("amount");
        assertThat(refusal("{\"amount\":1e2147483647}").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refusal("{\"amount\":\"123456789012345678901.00\"}").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refusal("{\"amount\":\"NaN\"}").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refusal("{\"amount\":\"1,5\"}").code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(refusal("{\"tags\":" + deep + "}").status()).isEqualTo(400);
    }

    @Test
    void timestampsAreWrittenAtTheCountysOffsetWhateverOffsetTheyCarry() throws Exception {
        OffsetDateTime utc = OffsetDateTime.of(2026, 3, 2, 1, 30, 0, 0, ZoneOffset.UTC);
        assertThat(json.writeValueAsString(new Stamp(utc))).isEqualTo("{\"at\":\"2026-03-02T09:30:00+08:00\"}");
        assertThat(json.writeValueAsString(new Stamp(utc.withOffsetSameInstant(ZoneOffset.ofHours(8)))))
                .isEqualTo("{\"at\":\"2026-03-02T09:30:00+08:00\"}");
    }

    private ProblemException refusal(String body) {
        try {
            json.readValue(body, Entry.class);
        } catch (JsonProcessingException e) {
            ProblemException p = ProblemMapper.toProblem(e);
            assertThat(p.status()).as("status for " + body).isEqualTo(400);
            return p;
        }
        throw new AssertionError("accepted: " + body);
    }

    @Test
    void refusalsNeverEchoTheValue() {
        assertThatThrownBy(() -> json.readValue("{\"townCode\":\"a\\u0000b\"}", Entry.class))
                .isInstanceOf(RefusedValue.class)
                .satisfies(e -> assertThat(ProblemMapper.toProblem(e).detail()).doesNotContain("\u0000"));
    }
}
