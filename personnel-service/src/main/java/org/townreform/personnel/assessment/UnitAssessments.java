package org.townreform.personnel.assessment;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

/** A unit's assessments of a year with the EXCELLENT limit as it stands (a list: {@code items}, no further page). */
@Type("UnitAssessments")
public record UnitAssessments(
        @Id long unitId,
        int year,
        @Description("Assessments recorded (proposed ones included)") int assessed,
        int excellent,
        @Description("EXCELLENT grades allowed for the number assessed so far") int maxExcellent,
        List<AssessmentView> items,
        String nextCursor) {
}
