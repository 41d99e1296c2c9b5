package org.townreform.license.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.license.catalogue.ItemKind;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An application as the town, the department and supervisors read it; deadlines as they stand on {@code asOf}. */
@Type("Application")
@Description("An application (办件) for a delegated item")
public record ApplicationView(
        long id,
        @Description("The application number given at submission") String number,
        @Description("Given once, in the answer to the submission; never shown again") @JsonInclude(JsonInclude.Include.NON_NULL) String verificationCode,
        String townCode,
        @Description("The town's name in personnel-service's registry of towns, taken at submission") String townName,
        String itemCode,
        String itemName,
        ItemKind itemKind,
        String department,
        Long agreementId,
        Applicant applicant,
        Channel channel,
        @Description("Materials handed in so far") List<String> materials,
        @Description("Required materials of the item not handed in yet") List<String> missingMaterials,
        ApplicationState state,
        LocalDate submittedOn,
        LocalDate acceptedOn,
        Clock clock,
        SupplementNotice supplement,
        String notAcceptedReason,
        Decision decision,
        FilingView filing,
        ForwardingView forwarding,
        LocalDate endedOn,
        String endReason,
        String transferredTo,
        List<Step> history,
        LocalDate asOf,
        long version) {

    @Type("Applicant")
    @Description("The applicant; the ID number and phone are masked unless the caller's role needs them")
    public record Applicant(ApplicantKind kind, String name, String idNumber, String phone) {
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
            Integer workingDaysUsed,
            @Description("Negative when overdue; null once the case has ended or while a supplement asked for before acceptance is awaited") Integer workingDaysLeft,
            @Description("Working days not counted while waiting for a supplement") int pausedWorkingDays,
            @Description("True while waiting for the applicant's supplement") boolean paused,
            @Description("GREEN, YELLOW or RED for open cases") Light light,
            @Description("Open: past the deadline; ended: decided after it") boolean overdue) {
    }

    @Type("SupplementNotice")
    @Description("The one-time supplement notice (一次性告知)")
    public record SupplementNotice(LocalDate requestedOn, List<String> missing, String note, LocalDate supplementedOn) {
    }

    @Type("Decision")
    public record Decision(
            @Description("APPROVED or DENIED") ApplicationState outcome,
            LocalDate decidedOn,
            String number,
            String reason,
            @Description("The department under ENTRUSTED, the town under DEVOLVED") String issuedInNameOf,
            @Description("The special-purpose seal (业务专用公章) registered for the agreement") String sealName,
            Long reviewerId,
            String reviewerCertificate) {
    }

    @Type("Filing")
    @Description("备案 of the decision with the authorising department")
    public record FilingView(
            @Description("Last day to file: one calendar month after the decision") LocalDate due,
            boolean provisional,
            @Description("Not filed and past the due day on asOf") boolean overdue,
            String receiptNumber,
            LocalDate receivedOn,
            @Description("Filed after the due day") boolean late) {
    }

    @Type("Forwarding")
    @Description("预审 见文行文: the department's answer to the town's pre-review approval")
    public record ForwardingView(long id, String department, LocalDate forwardedOn, ForwardingStatus status,
            LocalDate answeredOn, String reference, String note) {
    }

    @Type("ApplicationStep")
    public record Step(String action, ApplicationState from, ApplicationState to, LocalDate date, String actor,
            OffsetDateTime recordedAt, String note) {
    }

    public ApplicationView withVerificationCode(String code) {
        return new ApplicationView(id, number, code, townCode, townName, itemCode, itemName, itemKind, department, agreementId,
                applicant, channel, materials, missingMaterials, state, submittedOn, acceptedOn, clock, supplement,
                notAcceptedReason, decision, filing, forwarding, endedOn, endReason, transferredTo, history, asOf,
                version);
    }
}
