package org.townreform.personnel.adjustment;

import org.eclipse.microprofile.graphql.Description;

/** What the department did: adjusted the head (考察调整), or examined and kept them. */
@Description("What the department did about a written adjustment request")
public enum AdjustmentOutcome {
    @Description("考察调整: examined and adjusted the head")
    ADJUSTED, @Description("Examined and kept the head in post")
    RETAINED
}
