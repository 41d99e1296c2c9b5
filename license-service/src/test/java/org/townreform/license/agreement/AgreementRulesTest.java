package org.townreform.license.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AgreementRulesTest {
    private static final LocalDate FROM = LocalDate.parse("2025-01-01");
    private static final LocalDate TO = LocalDate.parse("2026-12-31");

    @Test
    void statusOnADayFollowsTheDatedChangesAndTheValidity() {
        List<AgreementRules.Change> changes = List.of(
                new AgreementRules.Change(AgreementStatus.SUSPENDED, LocalDate.parse("2026-03-04"), 1),
                new AgreementRules.Change(AgreementStatus.ACTIVE, LocalDate.parse("2026-04-01"), 2));
        assertThat(AgreementRules.statusOn(LocalDate.parse("2026-03-03"), FROM, TO, changes))
                .isEqualTo(AgreementStatus.ACTIVE);
        assertThat(AgreementRules.statusOn(LocalDate.parse("2026-03-04"), FROM, TO, changes))
                .isEqualTo(AgreementStatus.SUSPENDED);
        assertThat(AgreementRules.statusOn(LocalDate.parse("2026-04-01"), FROM, TO, changes))
                .isEqualTo(AgreementStatus.ACTIVE);
        assertThat(AgreementRules.statusOn(LocalDate.parse("2027-01-01"), FROM, TO, changes))
                .isEqualTo(AgreementStatus.EXPIRED);
        assertThat(AgreementRules.statusOn(LocalDate.parse("2024-12-31"), FROM, TO, changes))
                .isEqualTo(AgreementStatus.NOT_YET_VALID);
    }

    @Test
    void aRevocationIsFinalAndTransitionsAreDeclared() {
        List<AgreementRules.Change> revoked = List.of(
                new AgreementRules.Change(AgreementStatus.REVOKED, LocalDate.parse("2026-03-04"), 1));
        assertThat(AgreementRules.inForce(LocalDate.parse("2026-06-01"), FROM, TO, revoked)).isFalse();
        assertThat(AgreementAction.REINSTATE.from(AgreementStatus.REVOKED)).isEmpty();
        assertThat(AgreementAction.SUSPEND.from(AgreementStatus.ACTIVE)).contains(AgreementStatus.SUSPENDED);
        assertThat(AgreementRules.overlap(FROM, TO, TO, TO.plusYears(1))).isTrue();
        assertThat(AgreementRules.overlap(FROM, TO, TO.plusDays(1), TO.plusYears(1))).isFalse();
    }
}
