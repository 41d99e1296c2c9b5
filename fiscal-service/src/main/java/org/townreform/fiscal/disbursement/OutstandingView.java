package org.townreform.fiscal.disbursement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/**
 * What a town is owed on {@code asOf}, per period and earmark ({@code items}, oldest first) and in total. A computed view:
 * all rows in one answer, {@code nextCursor} always null.
 */
@Type("Outstanding")
@Description("Returns owed to a town per period and earmark on a day")
public record OutstandingView(String townCode, LocalDate asOf, List<OutstandingRow> items, String nextCursor,
        OutstandingSummary summary) {
}
