package org.townreform.personnel.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.townreform.personnel.person.StaffType;
import org.townreform.personnel.unit.QuotaHistory.Quotas;

class QuotaHistoryTest {
    private static final LocalDate MERGER = LocalDate.of(2024, 3, 1);
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-06T12:00:00Z");

    private static OrgUnit unit(long id, int admin, int inst, int lead) {
        OrgUnit u = new OrgUnit();
        u.id = id;
        u.administrativeQuota = admin;
        u.institutionQuota = inst;
        u.leadershipPosts = lead;
        return u;
    }

    @Test
    void aUnitWithoutDatedQuotasHasItsQuotasOnEveryDay() {
        QuotaHistory h = QuotaHistory.of(unit(1, 2, 3, 1), List.of());
        assertThat(h.on(LocalDate.of(1990, 1, 1))).isEqualTo(new Quotas(2, 3, 1));
        assertThat(h.limit(StaffType.INSTITUTION).on(LocalDate.of(2200, 1, 1))).isEqualTo(3);
        assertThat(h.limit(StaffType.CONTRACT)).isNull();
        assertThat(h.changeAfter(MERGER)).isNull();
    }

    @Test
    void aMergerMovesTheQuotasOnItsDateSoTheTotalsNeverChange() {
        OrgUnit a = unit(1, 0, 3, 1);
        OrgUnit b = unit(2, 1, 2, 1);
        OrgUnit target = unit(3, 0, 0, 1);
        List<UnitQuota> rows = new ArrayList<>();
        QuotaHistory ha = QuotaHistory.of(a, rows);
        QuotaHistory hb = QuotaHistory.of(b, rows);
        Quotas moved = ha.moveOut(MERGER, "东机编〔2009〕131号", NOW).plus(hb.moveOut(MERGER, null, NOW));
        assertThat(moved).isEqualTo(new Quotas(1, 5, 2));
        QuotaHistory ht = QuotaHistory.of(target, rows);
        ht.moveIn(MERGER, moved, "东机编〔2009〕131号", NOW);
        rows.addAll(ha.newRows());
        rows.addAll(hb.newRows());
        rows.addAll(ht.newRows());
        // the rows as read back: each unit's from the start and from the merger day
        assertThat(rows).hasSize(6);
        for (LocalDate day : List.of(MERGER.minusDays(1), MERGER, MERGER.plusYears(2))) {
            Quotas total = List.of(a, b, target).stream().map(u -> QuotaHistory.of(u, rows).on(day))
                    .reduce(Quotas.NONE, Quotas::plus);
            assertThat(total).as("town total on %s", day).isEqualTo(new Quotas(1, 5, 3));
        }
        assertThat(QuotaHistory.of(a, rows).on(MERGER.minusDays(1))).isEqualTo(new Quotas(0, 3, 1));
        assertThat(QuotaHistory.of(a, rows).on(MERGER)).isEqualTo(Quotas.NONE);
        assertThat(QuotaHistory.of(target, rows).on(MERGER)).isEqualTo(new Quotas(1, 5, 3));
        assertThat(QuotaHistory.current(a)).isEqualTo(Quotas.NONE);
        assertThat(QuotaHistory.current(target)).isEqualTo(new Quotas(1, 5, 3));
        assertThat(QuotaHistory.of(target, rows).limit(Quotas::leadershipPosts).on(MERGER.minusDays(1))).isEqualTo(1);
        assertThat(QuotaHistory.of(target, rows).changeAfter(MERGER.minusDays(1))).isEqualTo(MERGER);
    }

    @Test
    void anEarlierMergerIntoAUnitAddsToItsLaterQuotasToo() {
        OrgUnit target = unit(3, 0, 4, 1);
        List<UnitQuota> rows = new ArrayList<>();
        QuotaHistory first = QuotaHistory.of(target, rows);
        first.moveIn(MERGER, new Quotas(0, 2, 0), null, NOW);
        rows.addAll(first.newRows());
        // a merger recorded afterwards but dated a year before the first one
        QuotaHistory second = QuotaHistory.of(target, rows);
        second.moveIn(MERGER.minusYears(1), new Quotas(0, 1, 1), null, NOW);
        rows.addAll(second.newRows());
        QuotaHistory h = QuotaHistory.of(target, rows);
        assertThat(h.on(MERGER.minusYears(2))).isEqualTo(new Quotas(0, 4, 1));
        assertThat(h.on(MERGER.minusYears(1))).isEqualTo(new Quotas(0, 5, 2));
        assertThat(h.on(MERGER)).isEqualTo(new Quotas(0, 7, 2));
        assertThat(QuotaHistory.current(target)).isEqualTo(new Quotas(0, 7, 2));
    }

    @Test
    void aCorrectionChangesTheQuotasSinceTheLastDatedChange() {
        OrgUnit target = unit(3, 0, 4, 1);
        List<UnitQuota> rows = new ArrayList<>();
        QuotaHistory h = QuotaHistory.of(target, rows);
        h.moveIn(MERGER, new Quotas(0, 2, 0), null, NOW);
        rows.addAll(h.newRows());
        QuotaHistory.of(target, rows).correct(new Quotas(0, 5, 1));
        assertThat(QuotaHistory.of(target, rows).on(MERGER.minusDays(1))).isEqualTo(new Quotas(0, 4, 1));
        assertThat(QuotaHistory.of(target, rows).on(MERGER)).isEqualTo(new Quotas(0, 5, 1));
        assertThat(QuotaHistory.current(target)).isEqualTo(new Quotas(0, 5, 1));
        // without dated quotas a correction is the unit's quotas on every day, as before
        OrgUnit plain = unit(4, 1, 1, 1);
        QuotaHistory.of(plain, List.of()).correct(new Quotas(2, 2, 2));
        assertThat(QuotaHistory.of(plain, List.of()).on(MERGER)).isEqualTo(new Quotas(2, 2, 2));
    }
}
