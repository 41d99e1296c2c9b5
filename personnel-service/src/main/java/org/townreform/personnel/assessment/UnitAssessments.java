package org.townreform.personnel.assessment;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's assessments of a year with the EXCELLENT limit as it stands (a list: {@code items}, no further page). */
@Type("UnitAssessments")
@Description("A unit's annual assessments of a year with its EXCELLENT limit as it stands")
public record UnitAssessments(
        @Id @Description("Id of the unit (OrgUnit.id)") long unitId,
        @Description("The year assessed") @Schema(example = "2026") int year,
        @Description("Assessments recorded (proposed ones included)") int assessed,
        @Description("Assessments whose grade as it stands is EXCELLENT") int excellent,
        @Description("EXCELLENT grades allowed for the number assessed so far") int maxExcellent,
        @Description("The assessments, in id order; all of them (one list, not paged)") List<AssessmentView> items,
        @Description("Always null: the list is never paged") String nextCursor) {
}
