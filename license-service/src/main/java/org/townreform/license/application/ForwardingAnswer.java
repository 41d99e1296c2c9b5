package org.townreform.license.application;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The department's answer to a forwarded pre-review approval: FORWARDED (转报) or RETURNED, with its reference. */
@Input("ForwardingAnswer")
@Description("The department's answer to a forwarded pre-review approval (见文行文)")
public record ForwardingAnswer(
        @Description("FORWARDED (转报) or RETURNED; PENDING is refused") @NotNull ForwardingStatus outcome,
        @Description("Day of the answer; default today (UTC+8), never in the future nor before the forwarding") LocalDate date,
        @Description("Reference of the answer, e.g. the department's document number, up to 100 characters") @Size(max = 100) String reference,
        @Description("Note with the answer, up to 2000 characters") @Size(max = 2000) String note) {
}
