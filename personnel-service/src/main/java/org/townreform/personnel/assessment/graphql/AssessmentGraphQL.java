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
    private final AssessmentService service;

    public AssessmentGraphQL(AssessmentService service) {
        this.service = service;
    }

    @Query("assessment")
    @Description("One annual assessment (年度考核)")
    public Uni<AssessmentView> assessment(@NotNull @Id @Name("id") String id) {
        return service.get(Ids.parse("id", id));
    }

    @Query("unitAssessments")
    @Description("A unit's assessments of a year (default this year) with its EXCELLENT limit as it stands")
    public Uni<UnitAssessments> unitAssessments(@NotNull @Id @Name("unitId") String unitId,
            @Name("year") Integer year) {
        return service.ofUnit(Ids.parse("unitId", unitId), year);
    }

    @Mutation("recordAssessment")
    @Description("Record a year's grade (heads of dispatched agencies: a proposal the department confirms)")
    public Uni<AssessmentView> recordAssessment(@NotNull @Valid @Name("assessment") NewAssessment assessment) {
        return service.record(assessment);
    }

    @Mutation("confirmAssessment")
    @Description("dept-officer of the agency's department: confirm a proposed grade")
    public Uni<AssessmentView> confirmAssessment(@NotNull @Id @Name("id") String id,
            @Valid @Name("confirmation") AssessmentConfirmation confirmation) {
        return service.confirm(Ids.parse("id", id),
                confirmation == null ? new AssessmentConfirmation(null, null, null) : confirmation);
    }
}
