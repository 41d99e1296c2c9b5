package org.townreform.personnel.person.rest;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.common.version.Versions;
import org.townreform.personnel.person.CertificateRevocation;
import org.townreform.personnel.person.NewCertificate;
import org.townreform.personnel.person.NewPerson;
import org.townreform.personnel.person.PersonUpdate;
import org.townreform.personnel.person.PersonView;
import org.townreform.personnel.person.ValidCertificates;
import org.townreform.personnel.person.service.PersonService;
import org.townreform.personnel.support.Ids;
import org.townreform.personnel.support.Params;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Staff and their enforcement certificates (执法证)")
public class PersonResource {
    private final PersonService service;
    private final IdempotentWrites idempotent;

    public PersonResource(PersonService service, IdempotentWrites idempotent) {
        this.service = service;
        this.idempotent = idempotent;
    }

    @POST
    @Extension(name = "x-created", value = "always")
    @Operation(operationId = "createPerson", summary = "Record a person (resident ID validated; gender and birth date derived from it)")
    public Uni<RestResponse<PersonView>> create(@NotNull @Valid NewPerson body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, "POST /api/v1/people", body, PersonView.class,
                () -> service.create(body))
                .map(p -> RestResponse.ResponseBuilder.<PersonView>created(URI.create("/api/v1/people/" + p.id()))
                        .entity(p).header(HttpHeaders.ETAG, Versions.etag(p.version())).build());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPerson", summary = "One person (ID number masked unless the caller is county-org or supervisor)")
    public Uni<RestResponse<PersonView>> get(@PathParam("id") String id) {
        return service.get(Ids.parse("id", id)).map(PersonResource::withEtag);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updatePerson", summary = "Change a person's name, staff type, rank or note (If-Match: version)")
    public Uni<RestResponse<PersonView>> update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PersonUpdate body) {
        return service.update(Ids.parse("id", id), ifMatch, body).map(PersonResource::withEtag);
    }

    @POST
    @Path("/{id}/certificates")
    @Operation(operationId = "addCertificate", summary = "Record an enforcement certificate (执法证); a dept-officer only for their own department")
    public Uni<PersonView> addCertificate(@PathParam("id") String id, @NotNull @Valid NewCertificate body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        long personId = Ids.parse("id", id);
        return idempotent.run(idempotencyKey, "POST /api/v1/people/" + personId + "/certificates", body,
                PersonView.class, () -> service.addCertificate(personId, body));
    }

    @POST
    @Path("/{id}/certificates/{certificateId}/revoke")
    @Operation(operationId = "revokeCertificate", summary = "Withdraw a certificate from a day on (it is kept, no longer valid)")
    public Uni<PersonView> revokeCertificate(@PathParam("id") String id,
            @PathParam("certificateId") String certificateId, @NotNull @Valid CertificateRevocation body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, PersonView.class,
                () -> service.revokeCertificate(Ids.parse("id", id), Ids.parse("certificateId", certificateId), body));
    }

    @GET
    @Path("/{id}/certificates/valid")
    @Operation(operationId = "listValidCertificates", summary = "Certificates of a department valid on a day (default today): the check license-service makes")
    public Uni<ValidCertificates> validCertificates(@PathParam("id") String id,
            @QueryParam("department") String department, @QueryParam("date") String date) {
        return service.validCertificates(Ids.parse("id", id), department, Params.date("date", date));
    }

    private static RestResponse<PersonView> withEtag(PersonView p) {
        return RestResponse.ResponseBuilder.ok(p).header(HttpHeaders.ETAG, Versions.etag(p.version())).build();
    }
}
