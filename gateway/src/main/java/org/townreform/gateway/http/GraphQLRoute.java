package org.townreform.gateway.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.townreform.gateway.auth.TokenVerifier;
import org.townreform.gateway.client.InFlight;
import org.townreform.gateway.client.SubgraphClient;
import org.townreform.gateway.config.GatewayConfig;
import org.townreform.gateway.exec.Downstream;
import org.townreform.gateway.exec.ErrorStatus;
import org.townreform.gateway.exec.Executor;
import org.townreform.gateway.plan.Plan;
import org.townreform.gateway.plan.Planner;
import org.townreform.gateway.plan.PlanningException;
import org.townreform.gateway.schema.Supergraph;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * {@code POST /graphql} and {@code GET /graphql?query=...}: the gateway's own GraphQL endpoint on a Vert.x route, ahead
 * of the SmallRye GraphQL route of the same path (whose GraphiQL at {@code /q/graphql-ui} therefore talks to this one).
 * Per request: bearer token check (401 UNAUTHENTICATED), body parse (400 BAD_REQUEST), then a cached parse + validate +
 * plan by query text (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, QUERY_TOO_DEEP, QUERY_TOO_COMPLEX, HTTP 200),
 * then the plan runs. Never a 500: anything unexpected is an INTERNAL_ERROR GraphQL error.
 */
@ApplicationScoped
public class GraphQLRoute {
    private static final Logger LOG = Logger.getLogger(GraphQLRoute.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final String JSON = "application/json";
    private static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

    private final GatewayConfig config;
    private final TokenVerifier tokens;
    private final SubgraphClient downstream;
    private final Supergraph supergraph;
    private final Planner planner;
    private final Executor executor;
    private final ObjectMapper json;
    private final GraphQL introspection;
    private final Cache<String, Prepared> prepared;
    private final InFlight inFlightAnswers = new InFlight();
    private final PersistedQueries persisted;
    private final Counter sharedAnswers;

    /** A query text parsed and validated once: the plan, or the refusal. */
    private record Prepared(Document document, Set<String> conditionVariables, Plan plan, Buffer refusal) {
    }

    public GraphQLRoute(GatewayConfig config, TokenVerifier tokens, SubgraphClient downstream, ObjectMapper json,
            MeterRegistry registry) {
        this.sharedAnswers = Counter.builder("gateway.requests.shared")
                .description("Queries answered by an identical query of the same caller already running").register(registry);
        this.config = config;
        this.tokens = tokens;
        this.downstream = downstream;
        this.supergraph = Supergraph.compose(loadSubgraphs());
        this.planner = new Planner(supergraph);
        this.executor = new Executor(json);
        this.json = executor.json();
        this.introspection = GraphQL.newGraphQL(supergraph.schema()).build();
        this.prepared = Caffeine.newBuilder().maximumSize(config.planCacheSize()).build();
        this.persisted = new PersistedQueries(config.persistedQueries());
    }

    /** The subgraph SDL snapshots committed with the gateway (gateway/subgraphs/fetch.sh refreshes them). */
    static Map<String, String> loadSubgraphs() {
        Map<String, String> sdl = new LinkedHashMap<>();
        for (String name : List.of("personnel", "fiscal", "license")) {
            try (InputStream in = GraphQLRoute.class.getResourceAsStream("/subgraphs/" + name + ".graphql")) {
                if (in == null) {
                    throw new IllegalStateException("Missing subgraph snapshot subgraphs/" + name + ".graphql");
                }
                sdl.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sdl;
    }

    public Supergraph supergraph() {
        return supergraph;
    }

    void routes(@Observes Router router) {
        router.route("/graphql").order(-1000).handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()));
        router.route("/graphql").order(-999).handler(this::handle);
        router.get("/graphql/schema.graphql").order(-1000).handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8").end(supergraph.sdl()));
    }

    private void handle(RoutingContext ctx) {
        try {
            HttpMethod method = ctx.request().method();
            if (method != HttpMethod.POST && method != HttpMethod.GET) {
                ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
                refuse(ctx, 405, "BAD_REQUEST", "Use POST (or GET with a query parameter)");
                return;
            }
            String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
            tokens.verify(authorization).onComplete(verified -> {
                if (verified.failed()) {
                    ctx.response().putHeader("WWW-Authenticate", "Bearer");
                    refuse(ctx, 401, "UNAUTHENTICATED", verified.cause().getMessage());
                    return;
                }
                try {
                    serve(ctx, authorization);
                } catch (RuntimeException e) {
                    internal(ctx, e);
                }
            });
        } catch (RuntimeException e) {
            internal(ctx, e);
        }
    }

    private void serve(RoutingContext ctx, String authorization) {
        String query;
        String operationName;
        Map<String, Object> variables;
        Map<?, ?> extensions = null;
        if (ctx.request().method() == HttpMethod.GET) {
            query = ctx.request().getParam("query");
            operationName = emptyToNull(ctx.request().getParam("operationName"));
            String given = ctx.request().getParam("variables");
            String givenExtensions = ctx.request().getParam("extensions");
            try {
                variables = given == null || given.isBlank() ? Map.of() : json.readValue(given, MAP);
                extensions = givenExtensions == null || givenExtensions.isBlank()
                        ? null
                        : json.readValue(givenExtensions, MAP);
            } catch (IOException e) {
                refuse(ctx, 400, "BAD_REQUEST", "The variables and extensions parameters must be JSON objects");
                return;
            }
        } else {
            Buffer body = ctx.body().buffer();
            String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (body == null || body.length() == 0) {
                refuse(ctx, 400, "BAD_REQUEST", "The request has no body");
                return;
            }
            if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/graphql")
                    && !contentType.toLowerCase(Locale.ROOT).startsWith("application/graphql-response")) {
                query = body.toString(StandardCharsets.UTF_8);
                operationName = null;
                variables = Map.of();
            } else {
                Map<String, Object> request;
                try {
                    request = json.readValue(body.getBytes(), MAP);
                } catch (IOException | RuntimeException e) {
                    refuse(ctx, 400, "BAD_REQUEST", "The body is not a JSON object");
                    return;
                }
                Object sent = request == null ? null : request.get("query");
                Object sentExtensions = request == null ? null : request.get("extensions");
                boolean persistedOnly = sent == null && sentExtensions instanceof Map<?, ?> e
                        && e.containsKey("persistedQuery");
                if (request == null || !(sent instanceof String || persistedOnly)) {
                    refuse(ctx, 400, "BAD_REQUEST", "The body has no query string");
                    return;
                }
                query = (String) sent;
                Object name = request.get("operationName");
                Object given = request.get("variables");
                if ((name != null && !(name instanceof String)) || (given != null && !(given instanceof Map))
                        || (sentExtensions != null && !(sentExtensions instanceof Map))) {
                    refuse(ctx, 400, "BAD_REQUEST", "operationName must be a string, variables and extensions objects");
                    return;
                }
                extensions = (Map<?, ?>) sentExtensions;
                operationName = emptyToNull((String) name);
                @SuppressWarnings("unchecked")
                Map<String, Object> values = given == null ? Map.of() : (Map<String, Object>) given;
                variables = values;
            }
        }
        PersistedQueries.Resolution resolution = persisted.resolve(query, extensions);
        if (resolution instanceof PersistedQueries.Refuse refusal) {
            answer(ctx, refusal.code().equals("BAD_REQUEST") ? 400 : 200, bytes(errorBody(refusal.code(),
                    refusal.message())));
            return;
        }
        query = ((PersistedQueries.Run) resolution).query();
        if (query == null || query.isBlank()) {
            refuse(ctx, 400, "BAD_REQUEST", "The request has no query");
            return;
        }

        Prepared entry = prepare(query, operationName);
        if (entry.refusal() != null) {
            answer(ctx, 200, entry.refusal());
            return;
        }
        Plan plan = entry.plan();
        if (plan == null) {
            Map<String, Object> conditions = new HashMap<>();
            entry.conditionVariables().forEach(name -> conditions.put(name, variables.get(name)));
            Prepared planned = plan(entry.document(), operationName, conditions, Set.of());
            if (planned.refusal() != null) {
                answer(ctx, 200, planned.refusal());
                return;
            }
            plan = planned.plan();
        }
        if (plan.isMutation() && ctx.request().method() == HttpMethod.GET) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(ctx, 405, "BAD_REQUEST", "Mutations are sent with POST");
            return;
        }
        if (plan.introspection()) {
            ExecutionResult result = introspection.execute(ExecutionInput.newExecutionInput().query(query)
                    .operationName(operationName).variables(variables).build());
            write(ctx, 200, result.toSpecification());
            return;
        }
        String requestId = ctx.request().getHeader("X-Request-Id");
        if (requestId == null || requestId.isBlank()) {
            requestId = UUID.randomUUID().toString();
        }
        ctx.response().putHeader("X-Request-Id", requestId);
        Downstream.Caller caller = new Downstream.Caller(authorization, requestId,
                io.opentelemetry.context.Context.current());
        answerOf(plan, query, operationName, variables, caller).onComplete(result -> {
            if (result.succeeded()) {
                answer(ctx, 200, result.result());
            } else {
                internal(ctx, result.cause());
            }
        });
    }

    /**
     * Runs the plan, or joins an identical query already running: same query text, operation, variables and
     * Authorization header (so the same caller scope) share one execution and one serialised answer. Mutations never
     * share. Like downstream coalescing, it is switched by {@code townreform.gateway.coalescing}.
     */
    private Future<Buffer> answerOf(Plan plan, String query, String operationName, Map<String, Object> variables,
            Downstream.Caller caller) {
        if (!config.coalescing() || plan.isMutation()) {
            return execute(plan, variables, caller);
        }
        String key;
        try {
            key = (caller.authorization() == null ? "" : caller.authorization()) + '\u0000'
                    + (operationName == null ? "" : operationName) + '\u0000' + json.writeValueAsString(variables)
                    + '\u0000' + query;
        } catch (IOException e) {
            return execute(plan, variables, caller);
        }
        return inFlightAnswers.share(key, () -> execute(plan, variables, caller), sharedAnswers);
    }

    private Future<Buffer> execute(Plan plan, Map<String, Object> variables, Downstream.Caller caller) {
        return executor.execute(plan, variables, caller, downstream).map(this::bytes);
    }

    private Prepared prepare(String query, String operationName) {
        String key = operationName == null ? query : operationName + '\u0000' + query;
        Prepared entry = prepared.getIfPresent(key);
        if (entry != null) {
            return entry;
        }
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            entry = refusal(null, "GRAPHQL_PARSE_FAILED", e.getMessage());
            prepared.put(key, entry);
            return entry;
        } catch (RuntimeException e) {
            // Parser limits (tokens, nesting) and the like: the query is refused, not the request.
            entry = refusal(null, "GRAPHQL_PARSE_FAILED", "The query could not be parsed: " + e.getMessage());
            prepared.put(key, entry);
            return entry;
        }
        List<ValidationError> errors = ParseAndValidate.validate(supergraph.schema(), document);
        if (!errors.isEmpty()) {
            List<Map<String, Object>> list = errors.stream().map(error -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("message", error.getMessage());
                if (error.getLocations() != null && !error.getLocations().isEmpty()) {
                    item.put("locations", error.getLocations().stream()
                            .map(l -> Map.of("line", l.getLine(), "column", l.getColumn())).toList());
                }
                item.put("extensions", Map.of("code", "GRAPHQL_VALIDATION_FAILED", "status", 400));
                return item;
            }).toList();
            entry = new Prepared(document, Set.of(), null, bytes(Map.of("errors", list)));
            prepared.put(key, entry);
            return entry;
        }
        Set<String> conditions = Planner.conditionVariables(document);
        entry = conditions.isEmpty()
                ? plan(document, operationName, Map.of(), conditions)
                : new Prepared(document, conditions, null, null);
        prepared.put(key, entry);
        return entry;
    }

    private Prepared plan(Document document, String operationName, Map<String, Object> conditions,
            Set<String> conditionVariables) {
        Plan plan;
        try {
            plan = planner.plan(document, operationName, conditions);
        } catch (PlanningException e) {
            return refusal(document, e.code(), e.getMessage());
        }
        if (!plan.introspection() && plan.depth() > config.maxDepth()) {
            return refusal(document, "QUERY_TOO_DEEP", "The query is " + plan.depth() + " levels deep; at most "
                    + config.maxDepth() + " are allowed");
        }
        if (plan.complexity() > config.maxComplexity()) {
            return refusal(document, "QUERY_TOO_COMPLEX", "The query asks " + plan.complexity()
                    + " fields; at most " + config.maxComplexity() + " are allowed");
        }
        return new Prepared(document, conditionVariables, plan, null);
    }

    private Prepared refusal(Document document, String code, String message) {
        return new Prepared(document, Set.of(), null, bytes(errorBody(code, message)));
    }

    private static Map<String, Object> errorBody(String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("code", code, "status", ErrorStatus.of(code)));
        return Map.of("errors", List.of(error));
    }

    private Buffer bytes(Object value) {
        try {
            return Buffer.buffer(json.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refuse(RoutingContext ctx, int status, String code, String message) {
        answer(ctx, status, bytes(errorBody(code, message)));
    }

    private void internal(RoutingContext ctx, Throwable cause) {
        LOG.error("GraphQL request failed unexpectedly", cause);
        if (!ctx.response().ended()) {
            answer(ctx, 200, bytes(errorBody("INTERNAL_ERROR", "The gateway could not answer this request")));
        }
    }

    private void write(RoutingContext ctx, int status, Object answer) {
        Buffer body;
        try {
            body = Buffer.buffer(json.writeValueAsBytes(answer));
        } catch (IOException e) {
            internal(ctx, e);
            return;
        }
        answer(ctx, status, body);
    }

    private static void answer(RoutingContext ctx, int status, Buffer body) {
        if (ctx.response().ended()) {
            return;
        }
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        boolean graphqlResponse = accept != null && accept.contains(GRAPHQL_RESPONSE_JSON) && !accept.contains(JSON);
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, (graphqlResponse ? GRAPHQL_RESPONSE_JSON : JSON) + "; charset=UTF-8")
                .end(body);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
