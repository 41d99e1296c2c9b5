package org.townreform.personnel.town;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.personnel.config.Descriptions;

/** A recorded change of a town's leadership posts. */
@Type("LeadershipPostChange")
@Description("A dated decision changing a town's leadership posts (领导职数): the posts on a day are the base plus the "
        + "changes effective by then")
public record LeadershipPostChangeView(
        @Description("The change's id, as assigned by this service") @Id long id,
        @Description("Day the change takes effect") LocalDate effectiveDate,
        @Description("Posts added (positive) or removed (negative), -20 to 20") int change,
        @Description("The decision's document number (文号); null when none was given") String reference,
        @Description("Why the posts changed; null when none was given") String reason,
        @Description("User name (preferred_username of the token) of who recorded it") String recordedBy,
        @Description(Descriptions.RECORDED_AT) OffsetDateTime recordedAt) {

    public static LeadershipPostChangeView of(LeadershipPostChange c) {
        return new LeadershipPostChangeView(c.id, c.effectiveDate, c.change, c.reference, c.reason, c.recordedBy,
                c.recordedAt);
    }
}
