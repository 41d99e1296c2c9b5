package org.townreform.license.complaint.graphql;

import java.time.LocalDate;

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
import org.townreform.license.complaint.ComplaintResolution;
import org.townreform.license.complaint.ComplaintView;
import org.townreform.license.complaint.NewComplaint;
import org.townreform.license.complaint.service.ComplaintService;
import org.townreform.license.config.Descriptions;
import org.townreform.license.config.Params;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class ComplaintGraphQL {
    private static final String COMPLAINT_ID = "Id of the complaint (Complaint.id)";

    private final ComplaintService service;
    private final CommonConfig config;

    public ComplaintGraphQL(ComplaintService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @Query("complaint")
    @Description("One complaint (效能投诉), its due day on asOf. Callers: town-clerk, town-leader (own town), county-org, supervisor")
    public Uni<ComplaintView> complaint(@Description(COMPLAINT_ID) @NotNull @Id @Name("id") String id,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.get(Params.id("id", id), asOf);
    }

    // the deprecated limit/cursor arguments: @Deprecated on a parameter is for GraphQL, not javac
    @SuppressWarnings("deprecation")
    @Query("townComplaints")
    @Description("A town's complaints in id order, optionally OPEN or RESOLVED. Callers: town-clerk, town-leader (own town), "
            + "county-org, supervisor")
    public Uni<ComplaintConnection> townComplaints(
            @Description(Descriptions.TOWN_CODE
                    + "; a town-scoped caller may ask only for its own town") @NotNull @Name("townCode") String townCode,
            @Description("OPEN or RESOLVED (as stored, upper case) for only the complaints in that status; every status when left out") @Name("status") String status,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf,
            @Description(Connection.FIRST) @Name("first") Integer first,
            @Description(Connection.AFTER) @Name("after") String after,
            @Deprecated @Description(Connection.LIMIT) @Name("limit") Integer limit,
            @Deprecated @Description(Connection.CURSOR) @Name("cursor") String cursor) {
        PageRequest page = PageRequest.ofConnection(first, after, limit, cursor, config.paging());
        return service.ofTown(townCode, status, asOf, page)
                .map(p -> new ComplaintConnection(p, page));
    }

    @Mutation("recordComplaint")
    @Description("Record a complaint about service efficiency; it is OPEN, due license.complaint-working-days (default 15) "
            + "working days after receipt. Callers: town-clerk, town-leader (own town), supervisor")
    public Uni<ComplaintView> recordComplaint(
            @Description("The complaint received") @NotNull @Valid @Name("complaint") NewComplaint complaint) {
        return service.record(complaint);
    }

    @Mutation("resolveComplaint")
    @Description("Resolve an OPEN complaint with its handler and outcome. Callers: town-leader (own town), supervisor")
    public Uni<ComplaintView> resolveComplaint(@Description(COMPLAINT_ID) @NotNull @Id @Name("id") String id,
            @Description("Handler, outcome, day and the version read") @NotNull @Valid @Name("resolution") ComplaintResolution resolution) {
        return service.resolve(Params.id("id", id), null, resolution);
    }
}
