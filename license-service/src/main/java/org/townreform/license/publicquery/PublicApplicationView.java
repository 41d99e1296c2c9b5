package org.townreform.license.publicquery;

import java.time.LocalDate;
import java.util.List;

import org.townreform.license.application.ApplicationState;
import org.townreform.license.application.Light;

/**
 * What anyone holding an application's number and verification code may read (SPEC §4.6): where it stands, its deadline
 * and its decision. Nothing personal: no applicant name, ID number, USCC or phone.
 */
public record PublicApplicationView(String number, String itemCode, String itemName, String department,
        ApplicationState state, LocalDate submittedOn, LocalDate acceptedOn, LocalDate deadline, boolean provisional,
        Integer workingDaysLeft, Light light, List<String> missingMaterials, Decision decision, LocalDate asOf) {

    public record Decision(ApplicationState outcome, LocalDate decidedOn, String number, String reason,
            String issuedInNameOf) {
    }
}
