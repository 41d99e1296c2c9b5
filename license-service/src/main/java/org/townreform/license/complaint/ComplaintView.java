package org.townreform.license.complaint;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("Complaint")
@Description("效能投诉: a complaint about service efficiency, with its handling deadline")
public record ComplaintView(long id, String townCode, Long applicationId, LocalDate receivedOn, String channel,
        String subject, String content, String status,
        @Description("Last day to handle it (working days from receipt)") LocalDate due, boolean provisional,
        @Description("Open past the due day on asOf, or resolved after it") boolean overdue, String handler,
        String outcome, LocalDate resolvedOn, LocalDate asOf, long version) {
}
