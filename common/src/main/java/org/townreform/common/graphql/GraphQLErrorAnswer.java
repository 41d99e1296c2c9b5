package org.townreform.common.graphql;

import org.townreform.common.web.RequestIds;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * A GraphQL answer with one error, sent straight from the router for a request refused before GraphQL runs:
 * {@code {"errors": [{"message", "extensions": {"code", "status", "requestId"}}]}}, the shape of every GraphQL error.
 */
public final class GraphQLErrorAnswer {
    private GraphQLErrorAnswer() {
    }

    public static void send(RoutingContext rc, int status, String code, String message) {
        send(rc, status, status, code, message);
    }

    /** With an HTTP status ({@code httpStatus}) other than the error's own ({@code status}). */
    public static void send(RoutingContext rc, int httpStatus, int status, String code, String message) {
        JsonObject error = new JsonObject()
                .put("message", message)
                .put("extensions", new JsonObject().put("code", code).put("status", status)
                        .put("requestId", rc.response().headers().get(RequestIds.HEADER)));
        rc.response().setStatusCode(httpStatus)
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
