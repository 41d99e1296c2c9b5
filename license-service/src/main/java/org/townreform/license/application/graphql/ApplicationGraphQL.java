package org.townreform.license.application.graphql;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.license.application.ActionInput;
import org.townreform.license.application.ApplicationState;
import org.townreform.license.application.ApplicationView;
import org.townreform.license.application.DecisionInput;
import org.townreform.license.application.FilingInput;
import org.townreform.license.application.ForwardingAnswer;
import org.townreform.license.application.Light;
import org.townreform.license.application.NewApplication;
import org.townreform.license.application.SupplementInput;
import org.townreform.license.application.SupplementRequest;
import org.townreform.license.application.service.ApplicationService;
import org.townreform.license.config.Params;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class ApplicationGraphQL {
    private final ApplicationService service;
    private final CommonConfig config;

    public ApplicationGraphQL(ApplicationService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @Query("application")
    @Description("One application, deadlines and light on asOf (default today)")
    public Uni<ApplicationView> application(@NotNull @Id @Name("id") String id, @Name("asOf") LocalDate asOf) {
        return service.get(Params.id("id", id), asOf);
    }

    @Query("townApplications")
    @Description("A town's applications in id order, optionally of one state and light on asOf")
    public Uni<Page<ApplicationView>> townApplications(@NotNull @Name("townCode") String townCode,
            @Name("state") ApplicationState state, @Name("light") Light light, @Name("asOf") LocalDate asOf,
            @Name("limit") Integer limit, @Name("cursor") String cursor) {
        return service.ofTown(townCode, state, light, asOf, PageRequest.of(limit, cursor, config.paging()));
    }

    @Query("agreementOpenApplications")
    @Description("Open applications under an agreement, to transfer back once it is suspended or revoked")
    public Uni<List<ApplicationView>> agreementOpenApplications(@NotNull @Id @Name("agreementId") String agreementId,
            @Name("asOf") LocalDate asOf) {
        return service.openOfAgreement(Params.id("agreementId", agreementId), asOf);
    }

    @Mutation("submitApplication")
    @Description("Submit an application; the answer carries its number and the verification code (given once)")
    public Uni<ApplicationView> submitApplication(@NotNull @Valid @Name("application") NewApplication application) {
        return service.submit(application);
    }

    @Mutation("acceptApplication")
    @Description("Accept (受理): all required materials, an ACTIVE agreement covering the item that day")
    public Uni<ApplicationView> acceptApplication(@NotNull @Id @Name("id") String id, @Valid @Name("input") ActionInput input) {
        return service.accept(Params.id("id", id), null, input);
    }

    @Mutation("rejectApplication")
    @Description("Refuse to accept (不予受理), with a reason")
    public Uni<ApplicationView> rejectApplication(@NotNull @Id @Name("id") String id, @Valid @Name("input") ActionInput input) {
        return service.reject(Params.id("id", id), null, input);
    }

    @Mutation("requestSupplement")
    @Description("Send the one-time supplement notice (一次性告知); the clock stops")
    public Uni<ApplicationView> requestSupplement(@NotNull @Id @Name("id") String id,
            @Valid @Name("input") SupplementRequest input) {
        return service.requestSupplement(Params.id("id", id), null, input);
    }

    @Mutation("supplementApplication")
    @Description("Record the applicant's supplement; the clock runs again")
    public Uni<ApplicationView> supplementApplication(@NotNull @Id @Name("id") String id,
            @NotNull @Valid @Name("input") SupplementInput input) {
        return service.supplement(Params.id("id", id), null, input);
    }

    @Mutation("startReview")
    @Description("Start the review of an accepted application")
    public Uni<ApplicationView> startReview(@NotNull @Id @Name("id") String id, @Valid @Name("input") ActionInput input) {
        return service.startReview(Params.id("id", id), null, input);
    }

    @Mutation("approveApplication")
    @Description("Approve (town-leader); ENFORCEMENT items need a certified reviewerId")
    public Uni<ApplicationView> approveApplication(@NotNull @Id @Name("id") String id,
            @Valid @Name("input") DecisionInput input) {
        return service.approve(Params.id("id", id), null, input);
    }

    @Mutation("denyApplication")
    @Description("Deny (town-leader) with a reason; ENFORCEMENT items need a certified reviewerId")
    public Uni<ApplicationView> denyApplication(@NotNull @Id @Name("id") String id, @Valid @Name("input") DecisionInput input) {
        return service.deny(Params.id("id", id), null, input);
    }

    @Mutation("fileDecision")
    @Description("Record the filing (备案) of a decision with the department's receipt")
    public Uni<ApplicationView> fileDecision(@NotNull @Id @Name("id") String id,
            @NotNull @Valid @Name("input") FilingInput input) {
        return service.file(Params.id("id", id), null, input);
    }

    @Mutation("withdrawApplication")
    @Description("Record the applicant's withdrawal")
    public Uni<ApplicationView> withdrawApplication(@NotNull @Id @Name("id") String id,
            @Valid @Name("input") ActionInput input) {
        return service.withdraw(Params.id("id", id), null, input);
    }

    @Mutation("transferApplication")
    @Description("Transfer the case back to the department")
    public Uni<ApplicationView> transferApplication(@NotNull @Id @Name("id") String id,
            @Valid @Name("input") ActionInput input) {
        return service.transfer(Params.id("id", id), null, input);
    }

    @Mutation("answerForwarding")
    @Description("The department answers a forwarded pre-review approval (见文行文)")
    public Uni<ApplicationView> answerForwarding(@NotNull @Id @Name("id") String id,
            @NotNull @Valid @Name("answer") ForwardingAnswer answer) {
        return service.answerForwarding(Params.id("id", id), answer);
    }
}
