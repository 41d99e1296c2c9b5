package org.townreform.license.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.license.catalogue.ItemKind;
import org.townreform.license.config.Descriptions;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An application as the town, the department and supervisors read it; deadlines as they stand on {@code asOf}. */
@Type("Application")
@Description("An application (办件) for a delegated item")
public record ApplicationView(
        @Description("The application's id, stable, as assigned by this service (the id argument of the mutations)") long id,
        @Description("The application number given at submission") @Schema(example = "441900113-20261116-900003") String number,
        @Description("Given once, in the answer to the submission; never shown again") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "SLDEMO03") String verificationCode,
        @Description(Descriptions.TOWN_CODE
                + " whose service centre handles the case") @Schema(example = "441900113") String townCode,
        @Description("The town's name in personnel-service's registry of towns, taken at submission") @Schema(example = "石龙镇") String townName,
        @Description("事项编码 of the catalogue item applied for") @Schema(example = "DG-CG-001") String itemCode,
        @Description("The item's name (事项名称) from the catalogue") @Schema(example = "城市道路挖掘许可") String itemName,
        @Description("The item's kind (事项类型) from the catalogue") ItemKind itemKind,
        @Description("The item's authorising department (授权部门)") @Schema(example = "东莞市城市管理综合执法局") String department,
        @Description("Id of the delegation agreement under which the case was accepted (or last decided); null before acceptance") Long agreementId,
        @Description("The applicant (申请人)") Applicant applicant,
        @Description("How the application came in") Channel channel,
        @Description("Materials handed in so far") @Schema(example = "[\"申请书\", \"设计效果图\"]") List<String> materials,
        @Description("Required materials of the item not handed in yet") @Schema(example = "[\"场地使用证明\"]") List<String> missingMaterials,
        @Description("Where the case stands in its workflow") ApplicationState state,
        @Description("Day of submission") LocalDate submittedOn,
        @Description("Day of acceptance (受理): the day it was accepted, the complete supplement's day after a notice sent before acceptance, or the submission day when deemed accepted; null before acceptance") LocalDate acceptedOn,
        @Description("The case's time limits and light on asOf") Clock clock,
        @Description("The one-time supplement notice (一次性告知), when one was sent; null otherwise") SupplementNotice supplement,
        @Description("Reason for refusing to accept (不予受理); null unless NOT_ACCEPTED") String notAcceptedReason,
        @Description("The decision (approved or denied); null before one") Decision decision,
        @Description("The filing (备案) of the decision with the authorising department; null before a decision") FilingView filing,
        @Description("The forwarding (见文行文) of an approved PRE_REVIEW item to the department; null for other cases") ForwardingView forwarding,
        @Description("Day the case ended without a decision (refused, withdrawn, transferred); null otherwise") LocalDate endedOn,
        @Description("Reason given on withdrawal or transfer; null otherwise") String endReason,
        @Description("The department a transferred case went back to; null unless TRANSFERRED") @Schema(example = "东莞市城市管理综合执法局") String transferredTo,
        @Description("Every step of the case, in the order recorded, from the submission on") List<Step> history,
        @Description(Descriptions.AS_OF_FIELD) LocalDate asOf,
        @Description(Descriptions.VERSION_OUT) long version) {

    @Type("Applicant")
    @Description("The applicant; the ID number and phone are masked unless the caller's role needs them")
    public record Applicant(
            @Description("A person or an organisation") @Schema(example = "ORGANISATION") ApplicantKind kind,
            @Description("The person's or organisation's name") @Schema(example = "东莞市演示广告有限公司") String name,
            @Description("居民身份证号 (GB 11643) of a person or 统一社会信用代码 (GB 32100) of an organisation; in full for town-clerk and town-leader, masked for other roles") @Schema(example = "91441900MA4UJY1A5Y") String idNumber,
            @Description("Contact phone; in full for town-clerk and town-leader, masked for other roles (first 3 and last 4 digits kept)") @Schema(example = "076922000003") String phone) {
    }

    @Type("CaseClock")
    @Description("Time limits in working days (SPEC §4.3), computed on asOf")
    public record Clock(
            @Description("ACCEPTANCE (the art. 32 window runs), DECISION (the promised time limit runs) or ENDED") CaseClock.Phase phase,
            @Description("Last day to accept, refuse or ask for a supplement") LocalDate acceptanceDue,
            @Description("Accepted by law: the centre did nothing within the acceptance window (art. 32)") boolean deemedAccepted,
            @Description("Day the decision clock started: acceptance (the complete supplement's day after a notice sent before acceptance), or submission when deemed accepted") LocalDate clockStart,
            @Description("End of the running clock; null while a supplement asked for before acceptance is awaited (no clock of the centre runs)") LocalDate deadline,
            @Description("True while the deadline rests on a year whose calendar is not loaded") boolean provisional,
            @Description("Working days of the running clock used up to asOf (up to the end for an ended case), supplement pauses not counted; null for a case ended before acceptance") Integer workingDaysUsed,
            @Description("Negative when overdue; null once the case has ended or while a supplement asked for before acceptance is awaited") Integer workingDaysLeft,
            @Description("Working days not counted while waiting for a supplement") int pausedWorkingDays,
            @Description("True while waiting for the applicant's supplement") boolean paused,
            @Description("GREEN, YELLOW or RED for open cases") Light light,
            @Description("Open: past the deadline; ended: decided after it") boolean overdue) {
    }

    @Type("SupplementNotice")
    @Description("The one-time supplement notice (一次性告知)")
    public record SupplementNotice(
            @Description("Day the notice was sent") LocalDate requestedOn,
            @Description("Everything the applicant must bring: the required materials missing then, plus what the clerk added (alsoMissing)") List<String> missing,
            @Description("The clerk's note on the notice; null when none") String note,
            @Description("Day the applicant supplemented; null while awaited") LocalDate supplementedOn) {
    }

    @Type("Decision")
    @Description("The decision on an application: approved (准予许可) or denied (不予许可), by the town-leader")
    public record Decision(
            @Description("APPROVED or DENIED") @Schema(example = "APPROVED") ApplicationState outcome,
            @Description("Day of the decision") LocalDate decidedOn,
            @Description("The decision's document number (决定文号): as given, else generated as 决字〔year〕id号") @Schema(example = "决字〔2026〕12号") String number,
            @Description("The reason given with the decision (required to deny); null when none") String reason,
            @Description("The department under ENTRUSTED, the town under DEVOLVED") String issuedInNameOf,
            @Description("The special-purpose seal (业务专用公章) registered for the agreement") @Schema(example = "东莞市城市管理综合执法局石龙镇行政执法专用章") String sealName,
            @Description("personnel-service person id of the reviewer of an ENFORCEMENT decision; null for other kinds") @Schema(example = "90101") Long reviewerId,
            @Description("Number of the reviewer's enforcement certificate (执法证) valid on the decision day, as personnel-service answered; null for other kinds") @Schema(example = "粤东执法 0020101") String reviewerCertificate) {
    }

    @Type("Filing")
    @Description("备案 of the decision with the authorising department")
    public record FilingView(
            @Description("Last day to file: one calendar month after the decision") LocalDate due,
            @Description("True while the due day rests on a year whose calendar is not loaded") boolean provisional,
            @Description("Not filed and past the due day on asOf") boolean overdue,
            @Description("The department's receipt number for the filing; null until filed") String receiptNumber,
            @Description("Day the department received the filing; null until filed") LocalDate receivedOn,
            @Description("Filed after the due day") boolean late) {
    }

    @Type("Forwarding")
    @Description("预审 见文行文: the department's answer to the town's pre-review approval")
    public record ForwardingView(
            @Description("Id of the forwarding record, stable, as assigned by this service") long id,
            @Description("The department the approval is forwarded to: the item's authorising department") @Schema(example = "东莞市城市管理综合执法局") String department,
            @Description("Day of forwarding: the day of the approval") LocalDate forwardedOn,
            @Description("PENDING until the department answers, then FORWARDED or RETURNED") ForwardingStatus status,
            @Description("Day of the department's answer; null while PENDING") LocalDate answeredOn,
            @Description("Reference the department gave with its answer (e.g. its document number); null when none") String reference,
            @Description("The department's note with its answer; null when none") String note) {
    }

    @Type("ApplicationStep")
    @Description("One recorded step of an application's workflow: who did what, on which day")
    public record Step(
            @Description("The action: submit, accept, reject, request-supplement, supplement, start-review, approve, deny, file, withdraw or transfer") @Schema(example = "accept") String action,
            @Description("State before the step; null for the submission") ApplicationState from,
            @Description("State after the step") ApplicationState to,
            @Description("Day the action took place") LocalDate date,
            @Description("User name (preferred_username of the token) of who recorded the step") String actor,
            @Description("When the step was recorded, at +08:00") OffsetDateTime recordedAt,
            @Description("What the step noted: the reason given, the materials handed in or still missing, the receipt, the transfer's department; null when nothing") String note) {
    }

    public ApplicationView withVerificationCode(String code) {
        return new ApplicationView(id, number, code, townCode, townName, itemCode, itemName, itemKind, department, agreementId,
                applicant, channel, materials, missingMaterials, state, submittedOn, acceptedOn, clock, supplement,
                notAcceptedReason, decision, filing, forwarding, endedOn, endReason, transferredTo, history, asOf,
                version);
    }
}
