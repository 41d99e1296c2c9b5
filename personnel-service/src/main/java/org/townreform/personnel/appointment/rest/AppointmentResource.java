package org.townreform.personnel.appointment.rest;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.personnel.appointment.AppointmentView;
import org.townreform.personnel.appointment.CaseStep;
import org.townreform.personnel.appointment.CoordinationInput;
import org.townreform.personnel.appointment.DecisionInput;
import org.townreform.personnel.appointment.NewAppointment;
import org.townreform.personnel.appointment.ObjectionInput;
import org.townreform.personnel.appointment.OpinionInput;
import org.townreform.personnel.appointment.WithdrawalInput;
import org.townreform.personnel.appointment.service.AppointmentService;
import org.townreform.personnel.support.Ids;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments", description = "任免: appointment cases and their workflow")
public class AppointmentResource {
    private final AppointmentService service;
    private final IdempotentWrites idempotent;

    public AppointmentResource(AppointmentService service, IdempotentWrites idempotent) {
        this.service = service;
        this.idempotent = idempotent;
    }

    @POST
    @Extension(name = "x-created", value = "always")
    @Operation(operationId = "openAppointment", summary = "Open a case (DRAFT); only the side that appoints for the unit may (403 NOT_APPOINTING_AUTHORITY)")
    public Uni<RestResponse<AppointmentView>> open(@NotNull @Valid NewAppointment body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, "POST /api/v1/appointments", body, AppointmentView.class,
                () -> service.open(body))
                .map(a -> RestResponse.ResponseBuilder
                        .<AppointmentView>created(URI.create("/api/v1/appointments/" + a.id())).entity(a).build());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAppointment", summary = "One case as it stands")
    public Uni<AppointmentView> get(@PathParam("id") String id) {
        return service.get(Ids.parse("id", id));
    }

    @POST
    @Path("/{id}/consult")
    @Operation(operationId = "consultAppointment", summary = "Send the case to the consulted side (DRAFT → CONSULTATION)")
    public Uni<AppointmentView> consult(@PathParam("id") String id, @NotNull @Valid CaseStep body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, AppointmentView.class, () -> service.consult(Ids.parse("id", id), body));
    }

    @POST
    @Path("/{id}/opinion")
    @Operation(operationId = "giveAppointmentOpinion", summary = "The consulted side's opinion: AGREE (stays in CONSULTATION, ready to decide) or DISAGREE (→ COORDINATION)")
    public Uni<AppointmentView> opinion(@PathParam("id") String id, @NotNull @Valid OpinionInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, AppointmentView.class, () -> service.opinion(Ids.parse("id", id), body));
    }

    @POST
    @Path("/{id}/coordinate")
    @Operation(operationId = "coordinateAppointment", summary = "county-org: PROCEED (the decider may decide) or WITHDRAW (→ WITHDRAWN)")
    public Uni<AppointmentView> coordinate(@PathParam("id") String id, @NotNull @Valid CoordinationInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, AppointmentView.class, () -> service.coordinate(Ids.parse("id", id), body));
    }

    @POST
    @Path("/{id}/decide")
    @Operation(operationId = "decideAppointment", summary = "Record the decision: meeting reference and date (→ DECIDED)")
    public Uni<AppointmentView> decide(@PathParam("id") String id, @NotNull @Valid DecisionInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, AppointmentView.class, () -> service.decide(Ids.parse("id", id), body));
    }

    @POST
    @Path("/{id}/publish-notice")
    @Operation(operationId = "publishAppointmentNotice", summary = "Start the pre-appointment notice (任前公示, → PUBLIC_NOTICE)")
    public Uni<AppointmentView> publishNotice(@PathParam("id") String id, @NotNull @Valid CaseStep body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, AppointmentView.class,
                () -> service.publishNotice(Ids.parse("id", id), body));
    }

    @POST
    @Path("/{id}/objections")
    @Operation(operationId = "recordAppointmentObjection", summary = "Record an objection received during the notice")
    public Uni<AppointmentView> objection(@PathParam("id") String id, @NotNull @Valid ObjectionInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, AppointmentView.class,
                () -> service.recordObjection(Ids.parse("id", id), body));
    }

    @POST
    @Path("/{id}/make-effective")
    @Operation(operationId = "makeAppointmentEffective", summary = "Take effect on the day, after the notice (→ EFFECTIVE); posts and registrations follow")
    public Uni<AppointmentView> makeEffective(@PathParam("id") String id, @NotNull @Valid CaseStep body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, AppointmentView.class,
                () -> service.makeEffective(Ids.parse("id", id), body));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(operationId = "withdrawAppointment", summary = "Withdraw the case at any step before EFFECTIVE")
    public Uni<AppointmentView> withdraw(@PathParam("id") String id, @NotNull @Valid WithdrawalInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, AppointmentView.class, () -> service.withdraw(Ids.parse("id", id), body));
    }
}
