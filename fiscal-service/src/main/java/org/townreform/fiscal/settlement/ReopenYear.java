package org.townreform.fiscal.settlement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Reopens a settled year: the reason is required and audited; {@code version} (or If-Match), when given, is checked. */
@Input("ReopenYear")
@Description("Reopens a settled year, with the reason")
public record ReopenYear(@NotBlank @Size(max = 1000) String reason, LocalDate date, Long version) {
}
