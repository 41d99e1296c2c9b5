package org.townreform.license.agreement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** A delegation agreement as callers read it, its status as it stands on {@code asOf}. */
@Type("DelegationAgreement")
@Description("A delegation agreement (委托协议书) between a department and a town")
public record AgreementView(
        long id,
        String reference,
        String department,
        String townCode,
        @Description("The town's authority as it signs decisions under DEVOLVED") String townName,
        AgreementMode mode,
        LocalDate validFrom,
        LocalDate validTo,
        @Description("The registered special-purpose seal (业务专用公章)") String sealName,
        String sealNumber,
        @Description("Status on asOf: ACTIVE, SUSPENDED, REVOKED, or EXPIRED / NOT_YET_VALID derived from the dates") AgreementStatus status,
        String statusReason,
        LocalDate statusChangedOn,
        @Description("Whose name decisions are issued in: the department (ENTRUSTED) or the town (DEVOLVED)") String issuesInNameOf,
        List<String> itemCodes,
        List<StatusChangeView> history,
        LocalDate asOf,
        long version) {

    @Type("AgreementStatusChange")
    public record StatusChangeView(AgreementStatus status, LocalDate effectiveDate, String reason, String recordedBy) {
    }
}
