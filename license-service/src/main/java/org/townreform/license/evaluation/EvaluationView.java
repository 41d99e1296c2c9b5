package org.townreform.license.evaluation;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.license.config.Descriptions;

/** An evaluation with the rectification it opened, if any. */
@Type("Evaluation")
@Description("好差评 of a case")
public record EvaluationView(
        @Description("The evaluation's id, stable, as assigned by this service") long id,
        @Description("Id of the rated application") long applicationId,
        @Description("Number of the rated application, as given at submission") @Schema(example = "441900113-20261116-900003") String applicationNumber,
        @Description(Descriptions.TOWN_CODE + " of the rated application") @Schema(example = "441900113") String townCode,
        @Description("The rating: 1 (very poor) to 5 (very good)") int rating,
        @Description("The applicant's comment; null when none") String comment,
        @Description("Day of the rating") LocalDate evaluatedOn,
        @Description("How it was recorded: CLERK (by a clerk on the applicant's behalf) or VERIFICATION_CODE (by the applicant on the public address)") @Schema(example = "CLERK") String channel,
        @Description("The rectification (整改) a rating of 1 or 2 opened; null for a higher rating") RectificationView rectification) {

    @Type("Rectification")
    @Description("整改 opened by a rating of 1 or 2, with the required callback (回访) to the applicant")
    public record RectificationView(
            @Description("The rectification's id, stable, as assigned by this service (the id of rectification and completeRectification)") long id,
            @Description("OPEN or COMPLETED") @Schema(example = "OPEN") String status,
            @Description("Day it was opened: the day of the rating") LocalDate openedOn,
            @Description("Last day to complete (working days from the rating)") LocalDate due,
            @Description("True while the due day rests on a year whose calendar is not loaded") boolean provisional,
            @Description("Open and past its due day on asOf") boolean overdue,
            @Description("The measures taken; null while OPEN") String measures,
            @Description("Day of the callback (回访) to the applicant; null while OPEN") LocalDate callbackOn,
            @Description("What the callback to the applicant found; null while OPEN") String callbackNote,
            @Description("Whether the applicant was satisfied at the callback; null while OPEN") Boolean applicantSatisfied,
            @Description("Day the rectification was completed; null while OPEN") LocalDate completedOn,
            @Description(Descriptions.VERSION_OUT) long version) {
    }
}
