package org.townreform.personnel.unit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.townreform.common.error.ProblemException;

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
        assertThatCode(() -> UnitRules.checkOfficeLimit("441900113", 9, 10)).doesNotThrowAnyException();
        refused(() -> UnitRules.checkOfficeLimit("441900113", 10, 10), "OFFICE_LIMIT_EXCEEDED", 409);
        assertThatCode(() -> UnitRules.checkOfficeLimit("441900113", 0, 1)).doesNotThrowAnyException();
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
