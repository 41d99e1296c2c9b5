package org.townreform.common.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A GraphQL request whose envelope is malformed ({@code variables} that is not an object, {@code query} that is not a
 * string, a body that is not a JSON object) is the client's mistake: answered 400 {@code BAD_REQUEST} with a GraphQL error,
 * as the gateway answers it. SmallRye GraphQL fails on such a request deep inside its handler; this failure handler looks
 * at the envelope only when that happens, so well-formed requests pay nothing.
 */
@ApplicationScoped
public class GraphQLRequestShape {

    void install(@Observes Router router) {
        router.route("/graphql").failureHandler(this::onFailure);
    }

    private void onFailure(RoutingContext rc) {
        if (rc.response().ended()) {
            rc.next();
            return;
        }
        String problem = envelopeProblem(rc);
        if (problem == null) {
            rc.next();
            return;
        }
        GraphQLErrorAnswer.send(rc, 400, "BAD_REQUEST", problem);
    }

    /** What is wrong with the request's envelope, or {@code null} when it is well formed. */
    static String envelopeProblem(RoutingContext rc) {
        if ("GET".equals(rc.request().method().name())) {
            String variables = rc.request().getParam("variables");
            return variables == null || variables.isBlank() ? null : objectProblem("variables", variables);
        }
        String body = rc.body() == null ? null : rc.body().asString();
        if (body == null || body.isBlank()) {
            return "The request has no body: send {\"query\": \"...\"}";
        }
        Object parsed;
        try {
            parsed = Json.decodeValue(body);
        } catch (DecodeException e) {
            return "The body is not valid JSON";
        }
        if (!(parsed instanceof JsonObject request)) {
            return "The body must be a JSON object {\"query\": ..., \"variables\": {...}}";
        }
        return shapeProblem(request);
    }

    static String shapeProblem(JsonObject request) {
        Object query = request.getValue("query");
        if (!(query instanceof String)) {
            return "\"query\" must be a string holding the GraphQL document";
        }
        Object variables = request.getValue("variables");
        if (variables != null && !(variables instanceof JsonObject)) {
            return "\"variables\" must be an object mapping variable names to values";
        }
        Object operationName = request.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            return "\"operationName\" must be a string";
        }
        Object extensions = request.getValue("extensions");
        if (extensions != null && !(extensions instanceof JsonObject)) {
            return "\"extensions\" must be an object";
        }
        return null;
    }

    private static String objectProblem(String name, String value) {
        try {
            return Json.decodeValue(value) instanceof JsonObject ? null : "\"" + name + "\" must be a JSON object";
        } catch (DecodeException e) {
            return "\"" + name + "\" must be a JSON object";
        }
    }
}
