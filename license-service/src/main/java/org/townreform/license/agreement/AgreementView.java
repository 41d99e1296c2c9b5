package org.townreform.license.agreement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.license.config.Descriptions;

/** A delegation agreement as callers read it, its status as it stands on {@code asOf}. */
@Type("DelegationAgreement")
@Description("A delegation agreement (委托协议书) between a department and a town")
public record AgreementView(
        @Description("The agreement's id, stable, as assigned by this service") long id,
        @Description("The agreement's document reference (协议书编号) as written on it") @Schema(example = "东城管委〔2024〕1号（演示）") String reference,
        @Description("The authorising department (委托部门) that signed the agreement and whose items it covers") @Schema(example = "东莞市城市管理综合执法局") String department,
        @Description(Descriptions.TOWN_CODE
                + ", the town the powers are delegated to") @Schema(example = "441900113") String townCode,
        @Description("The town's authority as it signs decisions under DEVOLVED") @Schema(example = "石龙镇人民政府") String townName,
        @Description("委托 (ENTRUSTED, in the department's name) or 下放 (DEVOLVED, in the town's own name)") AgreementMode mode,
        @Description("First day the agreement is valid") LocalDate validFrom,
        @Description("Last day the agreement is valid; EXPIRED after it") LocalDate validTo,
        @Description("The registered special-purpose seal (业务专用公章)") @Schema(example = "东莞市城市管理综合执法局石龙镇行政执法专用章") String sealName,
        @Description("Number of the registered special-purpose seal (业务专用公章), when recorded") String sealNumber,
        @Description("Status on asOf: ACTIVE, SUSPENDED, REVOKED, or EXPIRED / NOT_YET_VALID derived from the dates") AgreementStatus status,
        @Description("Reason given with the latest recorded status change (suspend, revoke, reinstate); null before any") String statusReason,
        @Description("Effective day of the latest recorded status change; null before any") LocalDate statusChangedOn,
        @Description("Whose name decisions are issued in: the department (ENTRUSTED) or the town (DEVOLVED)") @Schema(example = "东莞市城市管理综合执法局") String issuesInNameOf,
        @Description("事项编码 of the catalogue items the agreement covers, in code order") @Schema(example = "[\"DG-CG-001\", \"DG-CG-002\"]") List<String> itemCodes,
        @Description("The recorded status changes in order of their effective day") List<StatusChangeView> history,
        @Description(Descriptions.AS_OF_FIELD) LocalDate asOf,
        @Description(Descriptions.VERSION_OUT) long version) {

    @Type("AgreementStatusChange")
    @Description("A dated change of an agreement's status (suspended, revoked, reinstated), kept so its status on any day is known")
    public record StatusChangeView(
            @Description("The status recorded from effectiveDate on: SUSPENDED, REVOKED, or ACTIVE when reinstated") AgreementStatus status,
            @Description("Day the change takes effect") LocalDate effectiveDate,
            @Description("Reason given by the department's officer; null when none was given") String reason,
            @Description("User name (preferred_username of the token) of the officer who recorded it") String recordedBy) {
    }
}
