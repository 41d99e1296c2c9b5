package org.townreform.license.application.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/**
 * personnel-service's certificate check, as recorded in {@code contracts/personnel-certificates-valid.json}. Its address is
 * {@code quarkus.rest-client.personnel.url}.
 */
@RegisterRestClient(configKey = "personnel")
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
public interface PersonnelApi {

    @GET
    @Path("/{personId}/certificates/valid")
    Uni<CertificateCheck> validCertificates(@PathParam("personId") long personId,
            @QueryParam("department") String department, @QueryParam("date") String date,
            @HeaderParam("Authorization") String authorization);
}
