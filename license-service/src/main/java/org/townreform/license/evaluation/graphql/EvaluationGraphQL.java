package org.townreform.license.evaluation.graphql;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.license.config.Descriptions;
import org.townreform.license.config.Params;
import org.townreform.license.evaluation.EvaluationInput;
import org.townreform.license.evaluation.EvaluationView;
import org.townreform.license.evaluation.RectificationCompletion;
import org.townreform.license.evaluation.service.EvaluationService;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class EvaluationGraphQL {
    private static final String RECTIFICATION_ID = "Id of the rectification (Rectification.id, not the evaluation's)";

    private final EvaluationService service;

    public EvaluationGraphQL(EvaluationService service) {
        this.service = service;
    }

    @Mutation("evaluateApplication")
    @Description("Record the applicant's rating (1-5) of an ended case on the applicant's behalf; once per case. Callers: "
            + "town-clerk, town-leader")
    public Uni<EvaluationView> evaluateApplication(
            @Description(Descriptions.APPLICATION_ID
                    + " rated; it must have ended (CASE_NOT_ENDED) and not be rated yet (ALREADY_EVALUATED)") @NotNull @Id @Name("applicationId") String applicationId,
            @Description("The rating, comment and day") @NotNull @Valid @Name("evaluation") EvaluationInput evaluation) {
        return service.recordByClerk(Params.id("applicationId", applicationId), evaluation);
    }

    @Query("rectification")
    @Description("A rectification opened by a low rating, with its due day on asOf, inside the evaluation that opened it. "
            + "Callers: town-clerk, town-leader (own town), county-org, supervisor")
    public Uni<EvaluationView> rectification(@Description(RECTIFICATION_ID) @NotNull @Id @Name("id") String id,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.rectification(Params.id("id", id), asOf);
    }

    @Mutation("completeRectification")
    @Description("Complete an OPEN rectification with the measures taken and the callback (回访) to the applicant. "
            + "Callers: town-clerk, town-leader")
    public Uni<EvaluationView> completeRectification(@Description(RECTIFICATION_ID) @NotNull @Id @Name("id") String id,
            @Description("The measures, the callback and the version read") @NotNull @Valid @Name("completion") RectificationCompletion completion) {
        return service.complete(Params.id("id", id), null, completion);
    }
}
