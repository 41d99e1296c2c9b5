package org.townreform.license.application;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** The department's answer to a forwarded pre-review approval: FORWARDED (转报) or RETURNED, with its reference. */
@Input("ForwardingAnswer")
public record ForwardingAnswer(
        @NotNull ForwardingStatus outcome,
        LocalDate date,
        @Size(max = 100) String reference,
        @Size(max = 2000) String note) {
}
