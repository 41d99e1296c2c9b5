package org.townreform.fiscal.statement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;

/** Issues a month's return statement: {@code period} (YYYY-MM) must have ended by {@code date} (default today). */
@Input("IssueStatement")
@Description("Issues a town's return statement of a month that has ended")
public record IssueStatement(
        @NotBlank @Description("The month (period) to issue, YYYY-MM: not issued yet (STATEMENT_ALREADY_ISSUED), the year's earlier months issued (EARLIER_PERIOD_NOT_ISSUED), not in a settled year (PERIOD_CLOSED)") @Schema(example = "2026-03") String period,
        @Description("The day of issue; " + Descriptions.ACTION_DATE
                + ", after the period's end (PERIOD_IN_FUTURE)") LocalDate date,
        @Size(max = 500) @Description("Free text kept with the statement, up to 500 characters; optional") String note) {
}
