package org.townreform.personnel.config;

/**
 * GraphQL descriptions shared by many fields and arguments (MicroProfile GraphQL {@code @Description} takes a constant),
 * so the same thing is described the same way everywhere in the schema.
 */
public final class Descriptions {
    private Descriptions() {
    }

    /** {@code townCode} of a record or an argument. */
    public static final String TOWN_CODE = "The town's 9-digit township administrative division code (e.g. 441900113)";

    /** {@code asOf} of a view. */
    public static final String AS_OF = "Day the view is computed for; default today (UTC+8), from 1949-10-01 to at most "
            + "one year ahead";

    /** {@code asOf} in a view's answer. */
    public static final String AS_OF_FIELD = "Day this view was computed for: the asOf asked, or today (UTC+8)";

    /** {@code version} of an update. */
    public static final String VERSION_IN = "The record's version as last read (optimistic locking): required "
            + "(PRECONDITION_REQUIRED when left out); when it is no longer the stored one the change is refused with "
            + "STALE_VERSION and nothing changes";

    /** {@code version} of a record read. */
    public static final String VERSION_OUT = "Version of the stored record for optimistic locking, raised by every "
            + "change of it; send it back as version with the next update";

    /** Who may read towns, units, people, registrations and staffing. */
    public static final String READERS = "Callers: every role; town-clerk and town-leader only their own town "
            + "(TOWN_OUT_OF_SCOPE)";

    /** Who may record units, people and registrations. */
    public static final String RECORDERS = "Callers: town-clerk and town-leader (own town), county-org";

    /** The id argument of a unit. */
    public static final String UNIT_ID = "Id of the organisation unit (OrgUnit.id)";

    /** The id argument of a person. */
    public static final String PERSON_ID = "Id of the person (Person.id)";

    /** The note of a record. */
    public static final String NOTE = "Free note, up to 500 characters";

    /** The note of a record read. */
    public static final String NOTE_OUT = "Free note as recorded; null when none";

    /** The time of day a record was written. */
    public static final String RECORDED_AT = "When it was recorded, at +08:00";

    /** The superior department of a new or changed unit. */
    public static final String UNIT_SUPERIOR_DEPARTMENT = "上级主管部门, up to 100 characters: required for a dispatched agency and "
            + "for any unit with a management mode (SUPERIOR_DEPARTMENT_REQUIRED)";
    /** The management mode of a new or changed unit. */
    public static final String UNIT_MANAGEMENT_MODE = "管理体制: required for a DISPATCHED_AGENCY (MANAGEMENT_MODE_REQUIRED), allowed "
            + "for a PUBLIC_INSTITUTION, refused for other kinds (MANAGEMENT_MODE_NOT_APPLICABLE); left out, the town "
            + "appoints";
    /** The staff sets of a new or changed unit. */
    public static final String UNIT_STAFF_SETS = "合署办公: one or two sets of staff; given exactly when coLocatedWithId is "
            + "(CO_LOCATION_INCOMPLETE)";
    /** The rank of a new or changed unit. */
    public static final String UNIT_RANK = "Administrative rank (e.g. 正科级), up to 30 characters; refused for a PUBLIC_INSTITUTION "
            + "(RANK_NOT_ALLOWED)";

    /** The staff type of a person. */
    public static final String STAFF_TYPE = "编制类别: which quota the person's slot counts against";

    /** The department of an enforcement certificate. */
    public static final String CERTIFICATE_DEPARTMENT = "The issuing department, its name as recorded (e.g. "
            + "东莞市城市管理综合执法局)";

    /** The number of an enforcement certificate. */
    public static final String CERTIFICATE_NUMBER = "The certificate's number (e.g. 粤东执法 0020101), unique within its "
            + "department";
}
