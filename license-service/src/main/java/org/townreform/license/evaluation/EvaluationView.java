package org.townreform.license.evaluation;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** An evaluation with the rectification it opened, if any. */
@Type("Evaluation")
@Description("好差评 of a case")
public record EvaluationView(long id, long applicationId, String applicationNumber, String townCode, int rating,
        String comment, LocalDate evaluatedOn, String channel, RectificationView rectification) {

    @Type("Rectification")
    @Description("整改 opened by a rating of 1 or 2, with the required callback (回访) to the applicant")
    public record RectificationView(long id, String status, LocalDate openedOn,
            @Description("Last day to complete (working days from the rating)") LocalDate due, boolean provisional,
            @Description("Open and past its due day on asOf") boolean overdue, String measures, LocalDate callbackOn,
            String callbackNote, Boolean applicantSatisfied, LocalDate completedOn, long version) {
    }
}
