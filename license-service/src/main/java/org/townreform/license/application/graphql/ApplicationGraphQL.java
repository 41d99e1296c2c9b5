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
import org.townreform.common.paging.Connection;
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
import org.townreform.license.config.Descriptions;
import org.townreform.license.config.Params;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class ApplicationGraphQL {
    private static final String READERS = "Callers: town-clerk, town-leader (own town), county-org, supervisor, dept-officer (its "
            + "department's items only)";
    private static final String CENTRE = "Callers: town-clerk, town-leader";
    private static final String ACTION = "Day of the action, an optional reason and the version read";
    private static final String DECISION = "Day, reason, document number, reviewer (ENFORCEMENT items) and the version read";

    private final ApplicationService service;
    private final CommonConfig config;

    public ApplicationGraphQL(ApplicationService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @Query("application")
    @Description("One application, deadlines and light on asOf (default today). " + READERS)
    public Uni<ApplicationView> application(@Description(Descriptions.APPLICATION_ID) @NotNull @Id @Name("id") String id,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.get(Params.id("id", id), asOf);
    }

    // the deprecated limit/cursor arguments: @Deprecated on a parameter is for GraphQL, not javac
    @SuppressWarnings("deprecation")
    @Query("townApplications")
    @Description("A town's applications in id order, optionally of one state and light on asOf. " + READERS)
    public Uni<ApplicationConnection> townApplications(
            @Description(Descriptions.TOWN_CODE
                    + "; a town-scoped caller may ask only for its own town") @NotNull @Name("townCode") String townCode,
            @Description("Only applications in this state; every state when left out") @Name("state") ApplicationState state,
            @Description("Only open applications showing this light on asOf; no light filter when left out") @Name("light") Light light,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf,
            @Description(Connection.FIRST) @Name("first") Integer first,
            @Description(Connection.AFTER) @Name("after") String after,
            @Deprecated @Description(Connection.LIMIT) @Name("limit") Integer limit,
            @Deprecated @Description(Connection.CURSOR) @Name("cursor") String cursor) {
        PageRequest page = PageRequest.ofConnection(first, after, limit, cursor, config.paging());
        return service.ofTown(townCode, state, light, asOf, page)
                .map(p -> new ApplicationConnection(p, page));
    }

    @Query("agreementOpenApplications")
    @Description("Open applications under an agreement, to transfer back once it is suspended or revoked: the open cases of "
            + "its town for its items. Callers: town-clerk, town-leader (own town), county-org, dept-officer, supervisor")
    public Uni<List<ApplicationView>> agreementOpenApplications(
            @Description(Descriptions.AGREEMENT_ID) @NotNull @Id @Name("agreementId") String agreementId,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.openOfAgreement(Params.id("agreementId", agreementId), asOf);
    }

    @Mutation("submitApplication")
    @Description("Submit an application; the answer carries its number and the verification code (given once). "
            + "Callers: town-clerk, town-leader")
    public Uni<ApplicationView> submitApplication(
            @Description("The application handed in; it is SUBMITTED on its date") @NotNull @Valid @Name("application") NewApplication application) {
        return service.submit(application);
    }

    @Mutation("acceptApplication")
    @Description("Accept (受理): all required materials, an ACTIVE agreement covering the item that day. " + CENTRE)
    public Uni<ApplicationView> acceptApplication(@Description(Descriptions.APPLICATION_ID) @NotNull @Id @Name("id") String id,
            @Description(ACTION) @Valid @Name("input") ActionInput input) {
        return service.accept(Params.id("id", id), null, input);
    }

    @Mutation("rejectApplication")
    @Description("Refuse to accept (不予受理), with a reason. " + CENTRE)
    public Uni<ApplicationView> rejectApplication(@Description(Descriptions.APPLICATION_ID) @NotNull @Id @Name("id") String id,
            @Description("Day and reason (required) of the refusal, and the version read") @Valid @Name("input") ActionInput input) {
        return service.reject(Params.id("id", id), null, input);
    }

    @Mutation("requestSupplement")
    @Description("Send the one-time supplement notice (一次性告知); the clock stops. " + CENTRE)
    public Uni<ApplicationView> requestSupplement(@Description(Descriptions.APPLICATION_ID) @NotNull @Id @Name("id") String id,
            @Description("Day of the notice, what else is missing, a note and the version read") @Valid @Name("input") SupplementRequest input) {
        return service.requestSupplement(Params.id("id", id), null, input);
    }

    @Mutation("supplementApplication")
    @Description("Record the applicant's supplement; the clock runs again. " + CENTRE)
    public Uni<ApplicationView> supplementApplication(
            @Description(Descriptions.APPLICATION_ID) @NotNull @Id @Name("id") String id,
            @Description("Day of the supplement and the materials handed in") @NotNull @Valid @Name("input") SupplementInput input) {
        return service.supplement(Params.id("id", id), null, input);
    }

    @Mutation("startReview")
    @Description("Start the review of an accepted application. " + CENTRE)
    public Uni<ApplicationView> startReview(@Description(Descriptions.APPLICATION_ID) @NotNull @Id @Name("id") String id,
            @Description(ACTION) @Valid @Name("input") ActionInput input) {
        return service.startReview(Params.id("id", id), null, input);
    }

    @Mutation("approveApplication")
    @Description("Approve (town-leader); ENFORCEMENT items need a certified reviewerId")
    public Uni<ApplicationView> approveApplication(@Description(Descriptions.APPLICATION_ID) @NotNull @Id @Name("id") String id,
            @Description(DECISION) @Valid @Name("input") DecisionInput input) {
        return service.approve(Params.id("id", id), null, input);
    }

    @Mutation("denyApplication")
    @Description("Deny (town-leader) with a reason; ENFORCEMENT items need a certified reviewerId")
    public Uni<ApplicationView> denyApplication(@Description(Descriptions.APPLICATION_ID) @NotNull @Id @Name("id") String id,
            @Description(DECISION + "; the reason is required") @Valid @Name("input") DecisionInput input) {
        return service.deny(Params.id("id", id), null, input);
    }

    @Mutation("fileDecision")
    @Description("Record the filing (备案) of a decision with the department's receipt. Callers: town-clerk, town-leader, or "
            + "item's department's dept-officer")
    public Uni<ApplicationView> fileDecision(@Description(Descriptions.APPLICATION_ID) @NotNull @Id @Name("id") String id,
            @Description("The department's receipt number and the day it received the filing") @NotNull @Valid @Name("input") FilingInput input) {
        return service.file(Params.id("id", id), null, input);
    }

    @Mutation("withdrawApplication")
    @Description("Record the applicant's withdrawal of an open application. " + CENTRE)
    public Uni<ApplicationView> withdrawApplication(
            @Description(Descriptions.APPLICATION_ID) @NotNull @Id @Name("id") String id,
            @Description(ACTION) @Valid @Name("input") ActionInput input) {
        return service.withdraw(Params.id("id", id), null, input);
    }

    @Mutation("transferApplication")
    @Description("Transfer an open case back to the department. Callers: town-clerk, town-leader, or the item's department's "
            + "dept-officer")
    public Uni<ApplicationView> transferApplication(
            @Description(Descriptions.APPLICATION_ID) @NotNull @Id @Name("id") String id,
            @Description("Day and reason of the transfer, the department it goes to (transferTo) and the version read") @Valid @Name("input") ActionInput input) {
        return service.transfer(Params.id("id", id), null, input);
    }

    @Mutation("answerForwarding")
    @Description("The department answers a forwarded pre-review approval (见文行文). Caller: the dept-officer of the item's department")
    public Uni<ApplicationView> answerForwarding(@Description(Descriptions.APPLICATION_ID) @NotNull @Id @Name("id") String id,
            @Description("FORWARDED or RETURNED, with its day, reference and note") @NotNull @Valid @Name("answer") ForwardingAnswer answer) {
        return service.answerForwarding(Params.id("id", id), answer);
    }
}
