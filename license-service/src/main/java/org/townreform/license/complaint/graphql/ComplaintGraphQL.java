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
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.license.complaint.ComplaintResolution;
import org.townreform.license.complaint.ComplaintView;
import org.townreform.license.complaint.NewComplaint;
import org.townreform.license.complaint.service.ComplaintService;
import org.townreform.license.config.Params;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class ComplaintGraphQL {
    private final ComplaintService service;
    private final CommonConfig config;

    public ComplaintGraphQL(ComplaintService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @Query("complaint")
    @Description("One complaint (效能投诉), its due day on asOf")
    public Uni<ComplaintView> complaint(@NotNull @Id @Name("id") String id, @Name("asOf") LocalDate asOf) {
        return service.get(Params.id("id", id), asOf);
    }

    @Query("townComplaints")
    @Description("A town's complaints in id order, optionally OPEN or RESOLVED")
    public Uni<Page<ComplaintView>> townComplaints(@NotNull @Name("townCode") String townCode,
            @Name("status") String status, @Name("asOf") LocalDate asOf, @Name("limit") Integer limit,
            @Name("cursor") String cursor) {
        return service.ofTown(townCode, status, asOf, PageRequest.of(limit, cursor, config.paging()));
    }

    @Mutation("recordComplaint")
    @Description("Record a complaint about service efficiency")
    public Uni<ComplaintView> recordComplaint(@NotNull @Valid @Name("complaint") NewComplaint complaint) {
        return service.record(complaint);
    }

    @Mutation("resolveComplaint")
    @Description("Resolve a complaint with its handler and outcome")
    public Uni<ComplaintView> resolveComplaint(@NotNull @Id @Name("id") String id,
            @NotNull @Valid @Name("resolution") ComplaintResolution resolution) {
        return service.resolve(Params.id("id", id), null, resolution);
    }
}
