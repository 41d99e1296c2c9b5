package org.townreform.license.complaint;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.license.config.Descriptions;

@Type("Complaint")
@Description("效能投诉: a complaint about service efficiency, with its handling deadline")
public record ComplaintView(
        @Description("The complaint's id, stable, as assigned by this service") long id,
        @Description(Descriptions.TOWN_CODE + " complained about") @Schema(example = "441900113") String townCode,
        @Description("Id of the application complained about; null for a complaint not about one application") Long applicationId,
        @Description("Day the complaint was received") LocalDate receivedOn,
        @Description("How it was recorded: CLERK (by a clerk or supervisor) or VERIFICATION_CODE (by the applicant on the public address, with the application number and code)") @Schema(example = "CLERK") String channel,
        @Description("Subject of the complaint") String subject,
        @Description("What the complaint says") String content,
        @Description("OPEN or RESOLVED") @Schema(example = "OPEN") String status,
        @Description("Last day to handle it (working days from receipt)") LocalDate due,
        @Description("True while the due day rests on a year whose calendar is not loaded") boolean provisional,
        @Description("Open past the due day on asOf, or resolved after it") boolean overdue,
        @Description("Who handled it, as given on resolving; null while OPEN") String handler,
        @Description("Outcome of the handling; null while OPEN") String outcome,
        @Description("Day it was resolved; null while OPEN") LocalDate resolvedOn,
        @Description(Descriptions.AS_OF_FIELD) LocalDate asOf,
        @Description(Descriptions.VERSION_OUT) long version) {
}
