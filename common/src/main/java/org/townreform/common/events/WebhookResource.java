package org.townreform.common.events;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.error.Problems;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.common.security.Roles;

import io.smallrye.mutiny.Uni;

/**
 * {@code /api/v1/webhooks}: county-wide callers subscribe a URL to this service's events, and look after it: its
 * deliveries, a redelivery, pause and resume, secret rotation (docs/events.md).
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE, Roles.SUPERVISOR})
@Tag(name = "Events", description = "Every audited change as a CloudEvent: the pull feed and webhooks (docs/events.md)")
public class WebhookResource {
    private final WebhookService service;
    private final CommonConfig config;
    private final IdempotentWrites idempotent;

    public WebhookResource(WebhookService service, CommonConfig config, IdempotentWrites idempotent) {
        this.service = service;
        this.config = config;
        this.idempotent = idempotent;
    }

    @POST
    @Extension(name = "x-created", value = "always")
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to events (county-wide roles); the answer shows the signing secret once")
    public Uni<RestResponse<WebhookView.WithSecret>> create(@NotNull @Valid NewWebhook body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return service.checkUrl(body.url()).flatMap(url -> idempotent.run(idempotencyKey, body,
                WebhookView.WithSecret.class, () -> service.create(body, url)))
                .map(w -> RestResponse.ResponseBuilder.<WebhookView.WithSecret>created(
                        URI.create("/api/v1/webhooks/" + w.webhook().id())).entity(w).build());
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "This service's webhook subscriptions, oldest first")
    public Uni<Page<WebhookView>> list(
            @Parameter(description = "Page size (1-200, default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the page before") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor, config.paging());
        return service.list(page.limit(), page.afterId());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "One webhook subscription")
    public Uni<WebhookView> get(@PathParam("id") String id) {
        return service.get(id(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe: nothing more is sent, and its delivery log goes")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Void> delete(@PathParam("id") String id) {
        return service.delete(id(id));
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "A new signing secret; the old one still signs too until previousSecretValidUntil")
    public Uni<WebhookView.WithSecret> rotateSecret(@PathParam("id") String id,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        long webhook = id(id);
        return idempotent.run(idempotencyKey, null, WebhookView.WithSecret.class, () -> service.rotateSecret(webhook));
    }

    @POST
    @Path("/{id}/pause")
    @Operation(operationId = "pauseWebhook", summary = "Hold deliveries (they wait, nothing is lost)")
    public Uni<WebhookView> pause(@PathParam("id") String id,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        long webhook = id(id);
        return idempotent.run(idempotencyKey, null, WebhookView.class, () -> service.pause(webhook));
    }

    @POST
    @Path("/{id}/resume")
    @Operation(operationId = "resumeWebhook", summary = "Send again: waiting deliveries go now, those given up are retried from the start")
    public Uni<WebhookView> resume(@PathParam("id") String id,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        long webhook = id(id);
        return idempotent.run(idempotencyKey, null, WebhookView.class, () -> service.resume(webhook));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log: each event sent or owed, newest first, with every attempt")
    public Uni<Page<WebhookDelivery>> deliveries(@PathParam("id") String id,
            @Parameter(description = "Only deliveries in this state: PENDING, DELIVERED or FAILED") @QueryParam("status") String status,
            @Parameter(description = "Page size (1-200, default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the page before") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor, config.paging());
        return service.deliveries(id(id), status, page.limit(), page.afterId());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivery again now, with the same webhook-id")
    public Uni<WebhookDelivery> redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        long webhook = id(id);
        long delivery = id(deliveryId);
        return idempotent.run(idempotencyKey, null, WebhookDelivery.class, () -> service.redeliver(webhook, delivery));
    }

    private static long id(String s) {
        try {
            long id = Long.parseLong(s);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw Problems.invalid("id", "must be a positive whole number");
    }
}
