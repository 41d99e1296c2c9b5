package org.townreform.license.application;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

/** Where an application (办件) stands (SPEC §4.3). The allowed moves are declared in {@link ApplicationStateMachine}. */
@Description("Where an application (办件) stands: SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED and UNDER_REVIEW are open, the others have ended")
public enum ApplicationState {
    @Description("Submitted, waiting to be accepted, refused or sent the supplement notice (within the acceptance window)")
    SUBMITTED, @Description("补正: the one-time supplement notice was sent; waiting for the applicant's supplement")
    SUPPLEMENT_REQUESTED, @Description("受理: accepted; the decision time limit runs")
    ACCEPTED, @Description("不予受理: refused at acceptance, with a reason; ended")
    NOT_ACCEPTED, @Description("Under review (审查), to be approved or denied by the town-leader")
    UNDER_REVIEW, @Description("准予许可: approved; ended, the decision is to be filed with the department")
    APPROVED, @Description("不予许可: denied, with a reason; ended, the decision is to be filed with the department")
    DENIED, @Description("备案: the decision was filed with the authorising department; ended")
    FILED, @Description("Transferred back to the department (e.g. after its agreement was suspended or revoked); ended")
    TRANSFERRED, @Description("Withdrawn by the applicant; ended")
    WITHDRAWN;

    /** Cases still being handled: they have a running (or paused) clock and a light. */
    public static final Set<ApplicationState> OPEN = EnumSet.of(SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED,
            UNDER_REVIEW);

    /** Cases with a decision (approved or denied, filed or not). */
    public static final Set<ApplicationState> DECIDED = EnumSet.of(APPROVED, DENIED, FILED);

    public boolean open() {
        return OPEN.contains(this);
    }

    public boolean decided() {
        return DECIDED.contains(this);
    }
}
