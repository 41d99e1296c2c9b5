package org.townreform.personnel.town;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

/** A recorded change of a town's leadership posts. */
@Type("LeadershipPostChange")
public record LeadershipPostChangeView(@Id long id, LocalDate effectiveDate, int change, String reference, String reason,
        String recordedBy, OffsetDateTime recordedAt) {

    public static LeadershipPostChangeView of(LeadershipPostChange c) {
        return new LeadershipPostChangeView(c.id, c.effectiveDate, c.change, c.reference, c.reason, c.recordedBy,
                c.recordedAt);
    }
}
