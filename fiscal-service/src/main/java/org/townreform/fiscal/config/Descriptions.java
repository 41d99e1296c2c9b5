package org.townreform.fiscal.config;

/**
 * GraphQL descriptions shared by many fields and arguments (MicroProfile GraphQL {@code @Description} takes a constant),
 * so the same thing is described the same way everywhere in fiscal-service's schema.
 */
public final class Descriptions {
    private Descriptions() {
    }

    /** {@code townCode} of a record. */
    public static final String TOWN_CODE = "The town's 9-digit township administrative division code (e.g. 441900113)";

    /** The {@code townCode} argument of a town's read. */
    public static final String TOWN_CODE_ARG = TOWN_CODE + "; a town-scoped caller (town-clerk, town-leader) may ask "
            + "only for its own town (TOWN_OUT_OF_SCOPE)";

    /** The {@code townCode} argument of a write. */
    public static final String TOWN_CODE_WRITE = TOWN_CODE + "; a town personnel-service has recorded (UNKNOWN_TOWN "
            + "otherwise, TOWN_REGISTRY_UNAVAILABLE when it cannot tell)";

    /** The callers of a read. */
    public static final String READERS = "Callers: town-clerk, town-leader (own town), county-finance, supervisor";

    /** The callers of a write. */
    public static final String WRITERS = "Callers: county-finance";

    /** {@code asOf} of a view. */
    public static final String AS_OF = "Day the figures are as known on: entries booked, statements issued, "
            + "disbursements made and months begun by then; default today (UTC+8), at most one year ahead";

    /** {@code asOf} in a view's answer. */
    public static final String AS_OF_FIELD = "Day the figures are as known on: the asOf asked, or today (UTC+8)";

    /** A {@code year} argument. */
    public static final String YEAR = "The fiscal year (the calendar year), from fiscal.first-year (1990) to 2200";

    /** {@code year} of a record. */
    public static final String YEAR_FIELD = "The fiscal year (the calendar year)";

    /** A {@code period} of a record. */
    public static final String PERIOD = "The month (period), YYYY-MM";

    /** Money in an answer. */
    public static final String YUAN = "yuan to 2 decimals, a decimal string";

    /** Money in an input. */
    public static final String YUAN_IN = "yuan with at most 2 decimals, sent as a decimal string (e.g. \"1250000.00\")";

    /** A {@code date} of an action. */
    public static final String ACTION_DATE = "default today (UTC+8), never in the future (DATE_IN_FUTURE)";

    /** {@code version} of a command. */
    public static final String VERSION_IN = "The record's version as last read (optimistic locking): when it is no "
            + "longer the stored one, the action is refused with STALE_VERSION and nothing changes";

    /** {@code version} of a record read. */
    public static final String VERSION_OUT = "Version of the stored record for optimistic locking, raised by every "
            + "change; send it back as version with the next action on it";

    /** {@code earmark} of a line or row. */
    public static final String EARMARK = "专项用途 (earmark) the return is kept for; null for general-purpose returns";

    /** {@code note} of an input. */
    public static final String NOTE_IN = "Free text kept with the record, up to 500 characters; optional";

    /** The list of categories of a rule. */
    public static final String CATEGORIES = "The revenue categories the rule reads, in the order given";

    /** {@code ruleKind} / {@code kind} of a rule. */
    public static final String RULE_KIND = "How the rule turns year-to-date ledger totals into a return";

    /** {@code ruleId}. */
    public static final String RULE_ID = "Id of the sharing rule (PolicyRule.id)";

    /** {@code description} of a rule. */
    public static final String RULE_DESCRIPTION = "The rule in words and symbols, e.g. rule #3 PROPORTIONAL (0.80 × YTD "
            + "TAX_NEW_ENTERPRISE) with its label";

    /** {@code yearStatus}. */
    public static final String YEAR_STATUS = "OPEN or SETTLED: whether the year is closed by a settlement (决算)";
}
