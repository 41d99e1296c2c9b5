package org.townreform.license.publicquery;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.license.application.ApplicationState;
import org.townreform.license.application.Light;

/**
 * What anyone holding an application's number and verification code may read (SPEC §4.6): where it stands, its deadline
 * and its decision. Nothing personal: no applicant name, ID number, USCC or phone.
 */
public record PublicApplicationView(@Schema(example = "441900113-20261116-900003") String number,
        @Schema(example = "DG-CG-001") String itemCode, @Schema(example = "城市道路挖掘许可") String itemName,
        @Schema(example = "东莞市城市管理综合执法局") String department,
        ApplicationState state, LocalDate submittedOn, LocalDate acceptedOn, LocalDate deadline, boolean provisional,
        Integer workingDaysLeft, Light light, @Schema(example = "[\"场地使用证明\"]") List<String> missingMaterials,
        Decision decision, LocalDate asOf) {

    public record Decision(@Schema(example = "APPROVED") ApplicationState outcome, LocalDate decidedOn,
            @Schema(example = "决字〔2026〕12号") String number,
            String reason,
            String issuedInNameOf) {
    }
}
