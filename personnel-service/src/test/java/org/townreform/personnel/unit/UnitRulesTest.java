package org.townreform.personnel.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.townreform.common.error.ProblemException;
import org.townreform.personnel.limits.Held;

class UnitRulesTest {

    private static void refused(Runnable r, String code, int status) {
        assertThatThrownBy(r::run).isInstanceOf(ProblemException.class)
                .satisfies(e -> {
                    org.assertj.core.api.Assertions.assertThat(((ProblemException) e).code()).isEqualTo(code);
                    org.assertj.core.api.Assertions.assertThat(((ProblemException) e).status()).isEqualTo(status);
                });
    }

    @Test
    void publicInstitutionsCarryNoRank() {
        refused(() -> UnitRules.checkShape(UnitKind.PUBLIC_INSTITUTION, "股级", null, null, null, null),
                "RANK_NOT_ALLOWED", 422);
        assertThatCode(() -> UnitRules.checkShape(UnitKind.PUBLIC_INSTITUTION, null, null, null, null, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> UnitRules.checkShape(UnitKind.BUREAU, "正科级", null, null, null, null))
                .doesNotThrowAnyException();
    }

    @Test
    void managementModesBelongToAgenciesAndDevolvedInstitutions() {
        refused(() -> UnitRules.checkShape(UnitKind.BUREAU, null, ManagementMode.DUAL, "局", null, null),
                "MANAGEMENT_MODE_NOT_APPLICABLE", 422);
        refused(() -> UnitRules.checkShape(UnitKind.DISPATCHED_AGENCY, null, null, "局", null, null),
                "MANAGEMENT_MODE_REQUIRED", 422);
        refused(() -> UnitRules.checkShape(UnitKind.PUBLIC_INSTITUTION, null, ManagementMode.DEVOLVED, " ", null,
                null), "SUPERIOR_DEPARTMENT_REQUIRED", 422);
        assertThatCode(() -> UnitRules.checkShape(UnitKind.PUBLIC_INSTITUTION, null, ManagementMode.DEVOLVED,
                "东莞市人力资源局", null, null)).doesNotThrowAnyException();
    }

    @Test
    void coLocationNeedsItsStaffSets() {
        refused(() -> UnitRules.checkShape(UnitKind.BUREAU, null, null, null, 3L, null), "CO_LOCATION_INCOMPLETE", 422);
        refused(() -> UnitRules.checkShape(UnitKind.BUREAU, null, null, null, null, StaffSets.ONE),
                "CO_LOCATION_INCOMPLETE", 422);
        assertThatCode(() -> UnitRules.checkShape(UnitKind.BUREAU, null, null, null, 3L, StaffSets.TWO))
                .doesNotThrowAnyException();
    }

    @Test
    void theOfficeLimitAllowsUpToTheMaximum() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        List<Held> nine = java.util.Collections.nCopies(9, new Held(null, null));
        List<Held> ten = java.util.Collections.nCopies(10, new Held(null, null));
        assertThatCode(() -> UnitRules.checkOfficeLimit("441900113", day, nine, 10)).doesNotThrowAnyException();
        refused(() -> UnitRules.checkOfficeLimit("441900113", day, ten, 10), "OFFICE_LIMIT_EXCEEDED", 409);
        assertThatCode(() -> UnitRules.checkOfficeLimit("441900113", day, List.of(), 1)).doesNotThrowAnyException();
    }

    @Test
    void theOfficeLimitCountsTheOfficesInForceOnTheDayOfEffectAndAfter() {
        OrgUnit abolishedLater = unit(UnitKind.INTERNAL_OFFICE, null, LocalDate.of(2025, 6, 1));
        OrgUnit setUpLater = unit(UnitKind.BUREAU, LocalDate.of(2025, 9, 1), null);
        OrgUnit institution = unit(UnitKind.PUBLIC_INSTITUTION, null, null);
        List<Held> offices = UnitRules.offices(List.of(abolishedLater, setUpLater, institution));
        assertThat(offices).hasSize(2);
        // limit 1: an office from 1 March 2025 meets the abolished one (until 1 June) and the later bureau
        refused(() -> UnitRules.checkOfficeLimit("441900113", LocalDate.of(2025, 3, 1), offices, 1),
                "OFFICE_LIMIT_EXCEEDED", 409);
        // limit 2: from 1 March there are never two at once before it, so a third place is there...
        assertThatCode(() -> UnitRules.checkOfficeLimit("441900113", LocalDate.of(2025, 3, 1), offices, 2))
                .doesNotThrowAnyException();
        // ... and with limit 1, from 1 June the abolished office no longer counts but the bureau set up later does
        refused(() -> UnitRules.checkOfficeLimit("441900113", LocalDate.of(2025, 6, 1), offices, 1),
                "OFFICE_LIMIT_EXCEEDED", 409);
        assertThatCode(() -> UnitRules.checkOfficeLimit("441900113", LocalDate.of(2025, 6, 1),
                UnitRules.offices(List.of(abolishedLater)), 1)).doesNotThrowAnyException();
    }

    private static OrgUnit unit(UnitKind kind, LocalDate establishedOn, LocalDate endedOn) {
        OrgUnit u = new OrgUnit();
        u.kind = kind;
        u.establishedOn = establishedOn;
        u.statusDate = endedOn;
        return u;
    }

    @Test
    void whoAppointsFollowsTheManagementMode() {
        OrgUnit u = new OrgUnit();
        org.assertj.core.api.Assertions.assertThat(u.appointingAuthority()).isEqualTo(AppointingAuthority.TOWN);
        u.managementMode = ManagementMode.DEVOLVED;
        org.assertj.core.api.Assertions.assertThat(u.appointingAuthority()).isEqualTo(AppointingAuthority.TOWN);
        u.managementMode = ManagementMode.DUAL;
        org.assertj.core.api.Assertions.assertThat(u.appointingAuthority()).isEqualTo(AppointingAuthority.DEPARTMENT);
        u.managementMode = ManagementMode.VERTICAL;
        org.assertj.core.api.Assertions.assertThat(u.appointingAuthority()).isEqualTo(AppointingAuthority.NONE);
        u.managementMode = ManagementMode.UNCHANGED;
        org.assertj.core.api.Assertions.assertThat(u.appointingAuthority()).isEqualTo(AppointingAuthority.NONE);
    }
}
