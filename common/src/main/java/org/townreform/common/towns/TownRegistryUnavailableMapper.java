package org.townreform.common.towns;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.townreform.common.error.Problem;
import org.townreform.common.web.RequestIds;

/**
 * The problem+json of {@link TownRegistryUnavailableException} with its {@code Retry-After} header. The shared problem
 * mapper answers the same body without the header; this mapper is the more specific one, so it is chosen.
 */
public class TownRegistryUnavailableMapper {

    @ServerExceptionMapper
    public Response map(TownRegistryUnavailableException e, UriInfo uriInfo) {
        return Response.status(e.status()).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .entity(Problem.of(e, uriInfo == null ? null : uriInfo.getPath(), RequestIds.current())).build();
    }
}
