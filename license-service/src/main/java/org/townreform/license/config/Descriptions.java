package org.townreform.license.config;

/**
 * GraphQL descriptions shared by many fields and arguments (MicroProfile GraphQL {@code @Description} takes a constant),
 * so the same thing is described the same way everywhere in the schema.
 */
public final class Descriptions {
    private Descriptions() {
    }

    /** {@code asOf} of a view. */
    public static final String AS_OF = "Day the view is computed for (deadlines, lights, statuses); default today "
            + "(UTC+8), at most one year ahead";

    /** {@code asOf} in a view's answer. */
    public static final String AS_OF_FIELD = "Day this view was computed for: the asOf asked, or today (UTC+8)";

    /** {@code date} of an action on an application. */
    public static final String ACTION_DATE = "Day the action took place; default today (UTC+8), never in the future "
            + "(DATE_IN_FUTURE) nor before the case's previous step (DATE_BEFORE_PREVIOUS_STEP)";

    /** {@code version} of a command. */
    public static final String VERSION_IN = "The record's version as last read (optimistic locking): when given and no "
            + "longer the stored one, the action is refused with STALE_VERSION and nothing changes; leave out to skip "
            + "the check";

    /** {@code version} of a record read. */
    public static final String VERSION_OUT = "Version of the stored record for optimistic locking, raised by every "
            + "change; send it back as version with the next action on it";

    /** {@code townCode} of a record. */
    public static final String TOWN_CODE = "The town's 9-digit township administrative division code (e.g. 441900113)";

    /** The id argument of an application. */
    public static final String APPLICATION_ID = "Id of the application (Application.id)";

    /** The id argument of an agreement. */
    public static final String AGREEMENT_ID = "Id of the delegation agreement (DelegationAgreement.id)";
}
