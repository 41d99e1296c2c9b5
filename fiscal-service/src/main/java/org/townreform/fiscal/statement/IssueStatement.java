package org.townreform.fiscal.statement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Issues a month's return statement: {@code period} (YYYY-MM) must have ended by {@code date} (default today). */
@Input("IssueStatement")
@Description("Issues a town's return statement of a month that has ended")
public record IssueStatement(
        @NotBlank @Description("YYYY-MM") String period,
        @Description("The day of issue; default today, never in the future, after the period's end") LocalDate date,
        @Size(max = 500) String note) {
}
