package org.townreform.personnel.assessment;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("Assessment")
@Description("年度考核")
public record AssessmentView(
        @Id long id,
        String townCode,
        @Id long personId,
        String personName,
        @Id long unitId,
        String unitName,
        int year,
        @Description("The grade as it stands (the proposal until confirmed)") Grade grade,
        Grade proposedGrade,
        AssessmentStatus status,
        String confirmingDepartment,
        LocalDate recordedOn,
        String recordedBy,
        String comment,
        LocalDate confirmedOn,
        String confirmedBy,
        String confirmComment,
        long version) {
}
