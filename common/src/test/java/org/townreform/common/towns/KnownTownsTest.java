package org.townreform.common.towns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.townreform.common.towns.KnownTowns.Answer;

class KnownTownsTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final KnownTowns towns = new KnownTowns(Duration.ofMinutes(10), Duration.ofSeconds(30), 4, now::get);

    private void later(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void aTownNeverAnsweredIsAsked() {
        assertThat(towns.answer("441900113")).isEqualTo(Answer.ASK);
        assertThat(towns.recordedBefore("441900113")).isFalse();
    }

    @Test
    void recordedStandsForTenMinutesThenIsAskedAgainButStillCountsForAnOutage() {
        towns.recorded("441900113");
        later(Duration.ofMinutes(10).minusNanos(1));
        assertThat(towns.answer("441900113")).isEqualTo(Answer.RECORDED);
        later(Duration.ofNanos(1));
        assertThat(towns.answer("441900113")).isEqualTo(Answer.ASK);
        later(Duration.ofDays(30));
        assertThat(towns.recordedBefore("441900113")).isTrue();
    }

    @Test
    void noSuchTownStandsForThirtySecondsOnlyAndNeverCountsForAnOutage() {
        towns.notRecorded("999999999");
        assertThat(towns.answer("999999999")).isEqualTo(Answer.NOT_RECORDED);
        assertThat(towns.recordedBefore("999999999")).isFalse();
        later(Duration.ofSeconds(30));
        assertThat(towns.answer("999999999")).isEqualTo(Answer.ASK);
        assertThat(towns.size()).isZero();
    }

    @Test
    void aLaterNoSuchTownReplacesRecordedAndTheOtherWayRound() {
        towns.recorded("441900113");
        towns.notRecorded("441900113");
        assertThat(towns.answer("441900113")).isEqualTo(Answer.NOT_RECORDED);
        assertThat(towns.recordedBefore("441900113")).isFalse();
        towns.recorded("441900113");
        assertThat(towns.answer("441900113")).isEqualTo(Answer.RECORDED);
    }

    @Test
    void whenFullNoSuchTownAnswersGoFirstAndRecordedTownsStay() {
        towns.recorded("100000001");
        towns.recorded("100000002");
        towns.notRecorded("900000001");
        towns.notRecorded("900000002");
        towns.notRecorded("900000003"); // full: the two unknown answers go, this one is kept
        assertThat(towns.size()).isEqualTo(3);
        assertThat(towns.answer("900000001")).isEqualTo(Answer.ASK);
        assertThat(towns.answer("900000003")).isEqualTo(Answer.NOT_RECORDED);
        towns.recorded("100000003");
        towns.recorded("100000004"); // full of recorded towns and one unknown: the unknown goes
        assertThat(towns.size()).isEqualTo(4);
        towns.recorded("100000005"); // full of recorded towns: not kept, the others stay
        assertThat(towns.size()).isEqualTo(4);
        assertThat(towns.recordedBefore("100000001")).isTrue();
        assertThat(towns.answer("100000005")).isEqualTo(Answer.ASK);
    }

    @Test
    void theRegistrysNameIsKeptWithRecordedAndOutlivesItsFreshness() {
        assertThat(towns.name("441900113")).isNull();
        towns.recorded("441900113", "石龙镇");
        assertThat(towns.name("441900113")).isEqualTo("石龙镇");
        later(Duration.ofDays(30));
        assertThat(towns.answer("441900113")).isEqualTo(Answer.ASK);
        assertThat(towns.name("441900113")).isEqualTo("石龙镇");
        towns.recorded("441900113", "石龙街道");
        assertThat(towns.name("441900113")).isEqualTo("石龙街道");
        towns.notRecorded("441900113");
        assertThat(towns.name("441900113")).isNull();
    }
}
