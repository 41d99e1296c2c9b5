package org.townreform.common.graphql;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A query that is not GraphQL ({@code { town(}) is answered {@code GRAPHQL_PARSE_FAILED} (status 400 in the error, HTTP
 * 200 as every GraphQL refusal), with graphql-java's message saying where; SmallRye GraphQL would answer it with a bare
 * "Unparseable input document" and no code. The check runs before SmallRye's handler on the request's body (read once,
 * by the same body handler SmallRye's route uses, which then skips); a query text seen well formed is remembered (up to
 * {@value #KNOWN_GOOD} of them) so that a dashboard's queries are parsed here once.
 * <p>
 * A GraphQL request whose envelope is malformed ({@code variables} that is not an object, {@code query} that is not a
 * string, a body that is not a JSON object) is the client's mistake: answered 400 {@code BAD_REQUEST} with a GraphQL error,
 * as the gateway answers it. SmallRye GraphQL fails on such a request deep inside its handler; this failure handler looks
 * at the envelope only when that happens, so well-formed requests pay nothing.
 */
@ApplicationScoped
public class GraphQLRequestShape {

    static final int KNOWN_GOOD = 2_000;
    /** Bodies larger than this are refused by the body handler (413), as SmallRye's route would. */
    private static final long BODY_LIMIT = 10L * 1024 * 1024;

    private final Set<String> wellFormed = ConcurrentHashMap.newKeySet();

    void install(@Observes Router router) {
        router.route("/graphql").failureHandler(this::onFailure);
        router.post("/graphql").order(-10).handler(BodyHandler.create().setBodyLimit(BODY_LIMIT)).handler(this::checkSyntax);
        router.get("/graphql").order(-10).handler(this::checkSyntax);
    }

    private void checkSyntax(RoutingContext rc) {
        String query = query(rc);
        if (query == null || wellFormed.contains(query)) {
            rc.next();
            return;
        }
        try {
            new Parser().parseDocument(query);
        } catch (InvalidSyntaxException e) {
            GraphQLErrorAnswer.send(rc, 200, 400, "GRAPHQL_PARSE_FAILED", e.getMessage());
            return;
        } catch (RuntimeException e) {
            // anything else the parser refuses (too many tokens, say) is SmallRye's to answer as it does
            rc.next();
            return;
        }
        if (wellFormed.size() >= KNOWN_GOOD) {
            wellFormed.clear();
        }
        wellFormed.add(query);
        rc.next();
    }

    /** The query text of a GET or a well-formed JSON body, {@code null} otherwise (the envelope check answers those). */
    private static String query(RoutingContext rc) {
        if ("GET".equals(rc.request().method().name())) {
            return rc.request().getParam("query");
        }
        if (rc.body() == null || rc.body().length() == 0) {
            return null;
        }
        try {
            return Json.decodeValue(rc.body().buffer()) instanceof JsonObject request
                    && request.getValue("query") instanceof String q ? q : null;
        } catch (DecodeException e) {
            return null;
        }
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
