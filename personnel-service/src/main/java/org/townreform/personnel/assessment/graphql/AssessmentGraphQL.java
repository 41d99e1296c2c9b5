package org.townreform.personnel.assessment.graphql;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.personnel.assessment.AssessmentConfirmation;
import org.townreform.personnel.assessment.AssessmentView;
import org.townreform.personnel.assessment.NewAssessment;
import org.townreform.personnel.assessment.UnitAssessments;
import org.townreform.personnel.assessment.service.AssessmentService;
import org.townreform.personnel.support.Ids;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class AssessmentGraphQL {
    private static final String READERS = "Callers: town-clerk, town-leader (own town), county-org, dept-officer, "
            + "supervisor";
    private static final String ID = "Id of the assessment (Assessment.id)";

    private final AssessmentService service;

    public AssessmentGraphQL(AssessmentService service) {
        this.service = service;
    }

    @Query("assessment")
    @Description("One annual assessment (年度考核). " + READERS)
    public Uni<AssessmentView> assessment(@Description(ID) @NotNull @Id @Name("id") String id) {
        return service.get(Ids.parse("id", id));
    }

    @Query("unitAssessments")
    @Description("A unit's assessments of a year (default this year) with its EXCELLENT limit as it stands. " + READERS)
    public Uni<UnitAssessments> unitAssessments(
            @Description("Id of the unit (OrgUnit.id); a town-scoped caller may ask only for a unit of its own town") @NotNull @Id @Name("unitId") String unitId,
            @Description("The year assessed; default this year (UTC+8)") @Name("year") Integer year) {
        return service.ofUnit(Ids.parse("unitId", unitId), year);
    }

    @Mutation("recordAssessment")
    @Description("Record a year's grade: RECORDED, or PROPOSED for the head of a dispatched agency (a leading post in it "
            + "during the year), which its superior department confirms. Refused with YEAR_IN_FUTURE, REFERENCE_NOT_FOUND "
            + "(no such person), TOWN_MISMATCH, ALREADY_ASSESSED, EXCELLENT_SHARE_EXCEEDED. Callers: town-clerk, "
            + "town-leader (own town), county-org")
    public Uni<AssessmentView> recordAssessment(
            @Description("The person, the unit, the year, the grade, a comment and the day recorded") @NotNull @Valid @Name("assessment") NewAssessment assessment) {
        return service.record(assessment);
    }

    @Mutation("confirmAssessment")
    @Description("The superior department confirms a PROPOSED grade, as proposed or as another grade (→ CONFIRMED; "
            + "ILLEGAL_TRANSITION when not PROPOSED); an EXCELLENT "
            + "must fit the unit's share (EXCELLENT_SHARE_EXCEEDED). Callers: dept-officer of confirmingDepartment "
            + "(DEPT_OUT_OF_SCOPE for another department)")
    public Uni<AssessmentView> confirmAssessment(@Description(ID) @NotNull @Id @Name("id") String id,
            @Description("The grade if not the proposed one, a comment and the day; may be left out to confirm the "
                    + "proposal today") @Valid @Name("confirmation") AssessmentConfirmation confirmation) {
        return service.confirm(Ids.parse("id", id),
                confirmation == null ? new AssessmentConfirmation(null, null, null) : confirmation);
    }
}
