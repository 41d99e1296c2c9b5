package org.townreform.personnel.assessment;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Type("Assessment")
@Description("年度考核: a person's grade for a year in a unit; a head of a dispatched agency is proposed by the town and "
        + "confirmed by the agency's superior department")
public record AssessmentView(
        @Id @Description("The assessment's id, stable, as assigned by this service") long id,
        @Description("The town of the unit: its 9-digit township administrative division code (e.g. 441900113)") @Schema(example = "441900113") String townCode,
        @Id @Description("Id of the person assessed (Person.id)") @Schema(example = "90101") long personId,
        @Description("The person's name as recorded now") @Schema(example = "林国强") String personName,
        @Id @Description("Id of the unit the person is assessed in (OrgUnit.id)") long unitId,
        @Description("The unit's name as recorded now") @Schema(example = "党政人大办公室") String unitName,
        @Description("The year assessed") @Schema(example = "2026") int year,
        @Description("The grade as it stands (the proposal until confirmed)") Grade grade,
        @Description("The grade the town proposed (PROPOSED and CONFIRMED assessments); null for RECORDED ones") Grade proposedGrade,
        @Description("RECORDED, PROPOSED or CONFIRMED") AssessmentStatus status,
        @Description("The department that confirms a proposed grade: the agency's superior department; null for RECORDED ones") String confirmingDepartment,
        @Description("Day the grade was recorded or proposed") LocalDate recordedOn,
        @Description("User name (preferred_username of the token) of who recorded or proposed the grade") String recordedBy,
        @Description("The comment given with the grade; null when none") String comment,
        @Description("Day the department confirmed; null until CONFIRMED") LocalDate confirmedOn,
        @Description("User name of the dept-officer who confirmed; null until CONFIRMED") String confirmedBy,
        @Description("The department's comment with its confirmation; null when none") String confirmComment,
        @Description("Version of the stored assessment, raised by its confirmation (the mutations take no version)") long version) {
}
