package org.townreform.fiscal.disbursement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;

/**
 * What a town is owed on {@code asOf}, per period and earmark ({@code items}, oldest first) and in total. A computed view:
 * all rows in one answer, {@code nextCursor} always null.
 */
@Type("Outstanding")
@Description("Returns owed to a town per period and earmark on a day")
public record OutstandingView(
        @Description(Descriptions.TOWN_CODE) @Schema(example = "441900113") String townCode,
        @Description(Descriptions.AS_OF_FIELD) LocalDate asOf,
        @Description("One row per period and earmark with something computed or disbursed, in period order (general purpose first): the months begun by asOf of the year asked, or of every year from the town's first policy version on") List<OutstandingRow> items,
        @Description("Always null: every row is in this one answer") String nextCursor,
        @Description("Totals over the rows") OutstandingSummary summary) {
}
