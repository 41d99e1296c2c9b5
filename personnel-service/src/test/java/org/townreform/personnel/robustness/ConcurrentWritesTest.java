package org.townreform.personnel.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.townreform.personnel.Fixtures.asDept;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.newTownCode;
import static org.townreform.personnel.Fixtures.person;
import static org.townreform.personnel.Fixtures.residentId;
import static org.townreform.personnel.Fixtures.town;
import static org.townreform.personnel.Fixtures.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.Race;
import org.townreform.common.testing.Race.Answers;

import io.quarkus.test.junit.QuarkusTest;
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

    private long count(String sql, Object... params) {
        return Race.count(pool, sql, params);
    }

    @Test
    void racingRequestsWithOneIdempotencyKeyRecordOnePersonAndAllGetItsAnswer() {
        String town = town();
        String rid = residentId();
        Map<String, Object> body = Map.of("townCode", town, "name", "并发测试", "residentId", rid, "staffType",
                "ADMINISTRATIVE");
        String key = "race-person-" + rid;
        Answers answers = Race.run(() -> countyOrg().header("Idempotency-Key", key).body(body),
                spec -> spec.post("/api/v1/people"));
        answers.replayed();
        assertThat(answers.successes()).allMatch(a -> a.status() == 201);
        assertThat(count("select count(*) from person where resident_id = $1", rid)).isEqualTo(1);
        assertThat(count("select count(*) from idempotency_record where idempotency_key = $1", key)).isEqualTo(1);
    }

    @Test
    void racingTownsWithOneCodeRecordOneAndRefuseTheRestAsTownExists() {
        String code = newTownCode();
        Map<String, Object> body = Map.of("code", code, "name", "并发镇" + code, "county", "测试县", "category",
                "ORDINARY_TOWN", "pilot", false, "leadershipPosts", 9);
        Race.run(() -> countyOrg().body(body), spec -> spec.post("/api/v1/towns")).oneWinner("TOWN_EXISTS");
        assertThat(count("select count(*) from town where code = $1", code)).isEqualTo(1);
    }

    @Test
    void racingPeopleWithOneResidentIdRecordOneAndRefuseTheRestAsPersonExists() {
        String town = town();
        String rid = residentId();
        Map<String, Object> body = Map.of("townCode", town, "name", "并发测试", "residentId", rid, "staffType",
                "INSTITUTION");
        Race.run(() -> countyOrg().body(body), spec -> spec.post("/api/v1/people")).oneWinner("PERSON_EXISTS");
        assertThat(count("select count(*) from person where resident_id = $1", rid)).isEqualTo(1);
    }

    @Test
    void racingCertificatesWithOneNumberRecordOneAndRefuseTheRestAsCertificateExists() {
        String dept = "东莞市城市管理综合执法局";
        long person = person(town(), "ADMINISTRATIVE");
        String number = "粤东执法 R" + person;
        Map<String, Object> body = Map.of("department", dept, "number", number, "validFrom", "2024-01-01", "validTo",
                "2026-12-31");
        Race.run(() -> asDept(dept).body(body), spec -> spec.post("/api/v1/people/" + person + "/certificates"))
                .oneWinner("CERTIFICATE_EXISTS");
        assertThat(count("select count(*) from enforcement_certificate where department = $1 and number = $2", dept,
                number)).isEqualTo(1);
    }

    @Test
    void racingRegistrationsOfOnePersonInTwentyUnitsOpenOneAndRefuseTheRestAsAlreadyRegistered() {
        String town = town();
        long person = person(town, "INSTITUTION");
        List<Long> units = units(town);
        // Each racer registers the person in a unit of its own: the unit lock does not serialise them, the index does.
        Race.each(i -> {
            var spec = countyOrg().body(Map.of("personId", person));
            return () -> spec.post("/api/v1/units/" + units.get(i) + "/registrations");
        }).oneWinner("ALREADY_REGISTERED");
        assertThat(count("select count(*) from registration where person_id = $1 and ended_on is null", person))
                .isEqualTo(1);
    }

    @Test
    void racingRegistrationsOfOnePersonInOneUnitOpenOneAndRefuseTheRestAsAlreadyRegistered() {
        String town = town();
        long person = person(town, "INSTITUTION");
        long unit = unit(town, Map.of());
        Race.run(() -> countyOrg().body(Map.of("personId", person)),
                spec -> spec.post("/api/v1/units/" + unit + "/registrations")).oneWinner("ALREADY_REGISTERED");
        assertThat(count("select count(*) from registration where person_id = $1 and ended_on is null", person))
                .isEqualTo(1);
    }

    @Test
    void racingAssessmentsOfOnePersonAndYearRecordOneAndRefuseTheRestAsAlreadyAssessed() {
        String town = town();
        long person = person(town, "INSTITUTION");
        List<Long> units = units(town);
        Race.each(i -> {
            var spec = asTown("town-clerk", town).body(Map.of("personId", person, "unitId", units.get(i), "year",
                    2024, "grade", "COMPETENT"));
            return () -> spec.post("/api/v1/assessments");
        }).oneWinner("ALREADY_ASSESSED");
        assertThat(count("select count(*) from assessment where person_id = $1 and year = 2024", person)).isEqualTo(1);
    }

    @Test
    void racingLoadsOfANewCalendarYearStoreOneYearAndNeverFail() {
        Race.calendarYear(pool, 2187);
    }

    /** Twenty units of the town, each with room for the person. */
    private static List<Long> units(String town) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < Race.RACERS; i++) {
            ids.add(unit(town, Map.of()));
        }
        return ids;
    }
}
