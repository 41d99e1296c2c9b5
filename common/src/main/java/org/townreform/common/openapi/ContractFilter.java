package org.townreform.common.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.townreform.common.error.Problem;
import org.townreform.common.idempotency.IdempotentWrites;

/**
 * Completes each service's OpenAPI document into the contract integrators and code generators rely on
 * (docs/api-conventions.md, "The OpenAPI contract"). What the annotations of 100 resource methods would repeat is
 * written once here:
 * <ul>
 * <li>security: the bearer token is required everywhere except under {@code /api/v1/public/}, whose operations say
 * {@code security: []};</li>
 * <li>the problem answers each operation can give, all {@code application/problem+json} of the {@code Problem} schema:
 * 400, 401 and 403 (not on public paths), 404 where the path names a record, 409 and 422 on writes, 428 where the
 * operation takes {@code If-Match}, 503 everywhere (database or town registry unavailable); an answer the operation
 * declares itself (a more precise 404) keeps its description and gets the problem content; 429 where the operation
 * carries {@code x-rate-limited: true} (the public query's rate limit);</li>
 * <li>the {@code Idempotency-Key} and {@code If-Match} headers described, {@code Idempotent-Replayed} and
 * {@code X-Request-Id} on answers, {@code Retry-After} where a retry is asked for;</li>
 * <li>the document's licence, contact and a relative server (the service as deployed).</li>
 * </ul>
 * Operation ids are not made up here: each resource method names its own ({@code @Operation(operationId = ...)}), and
 * the contract test refuses an operation without one.
 */
public class ContractFilter implements OASFilter {
    static final String PUBLIC_PREFIX = "/api/v1/public/";
    static final String SCHEME = "bearer";
    static final String PROBLEM = "Problem";
    static final String REPLAYED = "Idempotent-Replayed";
    /** The extension a rate-limited operation carries ({@code @Extension(name = "x-rate-limited", value = "true")}). */
    static final String RATE_LIMITED = "x-rate-limited";
    /**
     * The extension a creating operation carries: {@code always} when it answers 201 with the new record's
     * {@code Location}, {@code or-existing} when a resend under the record's natural key answers 200 with the record
     * first made (and its {@code Location}) instead.
     */
    static final String CREATED = "x-created";
    /** The descriptions SmallRye gives the answers it adds by itself: replaced by what the answer means here. */
    private static final Set<String> GENERIC = Set.of("Bad Request", "Unauthorized", "Forbidden",
            "Not Found", "Conflict", "Unprocessable Entity", "Precondition Required", "Too Many Requests",
            "Service Unavailable");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        info(openAPI);
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("This service as deployed (locally: personnel http://localhost:8081, fiscal :8082, "
                        + "license :8083)")));
        Components components = openAPI.getComponents() == null
                ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(PROBLEM, problemSchema());
        components.addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT")
                .description("A JWT of the county's identity provider (RS256): `groups` holds the role, `town` the "
                        + "9-digit town code of a town role, `dept` the department of a dept-officer"));
        if (components.getSecuritySchemes() != null) {
            new ArrayList<>(components.getSecuritySchemes().keySet()).stream().filter(k -> !SCHEME.equals(k))
                    .forEach(components::removeSecurityScheme);
        }
        openAPI.setSecurity(List.of(requirement()));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean open = path.getKey().startsWith(PUBLIC_PREFIX);
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                complete(path.getKey(), op.getKey(), op.getValue(), open);
                etags(op.getValue(), components);
                typedParameters(path.getKey(), op.getValue());
            }
        }
        examples(openAPI, components);
    }

    /**
     * Every request body and every 2xx JSON answer gets an example composed from its schema ({@link Examples}), unless
     * the operation declares one itself; every problem answer refers to the example problem of its status
     * ({@code #/components/examples/Problem<status>}, one per status the document uses).
     */
    static void examples(OpenAPI openAPI, Components components) {
        Examples examples = new Examples(components.getSchemas());
        Set<String> problems = new TreeSet<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> compose(examples, m));
                }
                if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
                    continue;
                }
                op.getResponses().getAPIResponses().forEach((status, r) -> {
                    if (r.getContent() == null || r.getContent().getMediaTypes() == null) {
                        return;
                    }
                    r.getContent().getMediaTypes().forEach((type, m) -> {
                        if (Problem.MEDIA_TYPE.equals(type)) {
                            if (declaresNone(m) && PROBLEM_EXAMPLES.containsKey(status)) {
                                m.addExample(PROBLEM_EXAMPLES.get(status)[0], OASFactory.createExample()
                                        .ref(PROBLEM + status));
                                problems.add(status);
                            }
                        } else if (status.startsWith("2") && json(type)) {
                            compose(examples, m);
                        }
                    });
                });
            }
        }
        Object base = examples.of(components.getSchemas().get(PROBLEM));
        for (String status : problems) {
            components.addExample(PROBLEM + status, problemExample(status, base));
        }
    }

    private static boolean json(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static boolean declaresNone(MediaType m) {
        return m.getExample() == null && (m.getExamples() == null || m.getExamples().isEmpty());
    }

    private static void compose(Examples examples, MediaType m) {
        if (declaresNone(m) && m.getSchema() != null) {
            Object v = examples.of(m.getSchema());
            if (v != null) {
                m.setExample(v);
            }
        }
    }

    /** For each problem status: the code, title and detail of its example (what the services really answer). */
    private static final Map<String, String[]> PROBLEM_EXAMPLES = Map.of(
            "400", new String[]{"VALIDATION_FAILED", "Bad Request", "townCode: must be 9 digits"},
            "401", new String[]{"UNAUTHENTICATED", "Unauthorized", "A valid bearer token is required"},
            "403", new String[]{"TOWN_OUT_OF_SCOPE", "Forbidden",
                    "Your token does not give access to town 441900113"},
            "404", new String[]{"NOT_FOUND", "Not found", "No resource at this address"},
            "409", new String[]{"STALE_VERSION", "Conflict",
                    "The record was changed by someone else meanwhile: reload it and apply the change again"},
            "422", new String[]{"REFERENCE_NOT_FOUND", "Unprocessable content", "Person 90101 does not exist"},
            "428", new String[]{"PRECONDITION_REQUIRED", "Precondition Required",
                    "Send If-Match with the version read (or `version` in the body)"},
            "429", new String[]{"RATE_LIMITED", "Too Many Requests",
                    "Too many requests from this address: retry after Retry-After seconds"},
            "503", new String[]{"DATABASE_UNAVAILABLE", "Service Unavailable",
                    "The service's database cannot be reached just now; retry in a few seconds"});

    /** The example problem of {@code status}: the Problem schema's example with that status's code and words. */
    @SuppressWarnings("unchecked")
    static Example problemExample(String status, Object base) {
        String[] said = PROBLEM_EXAMPLES.get(status);
        Map<String, Object> body = new LinkedHashMap<>(base instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
        body.put("type", "urn:townreform:problem:" + said[0]);
        body.put("title", said[1]);
        body.put("status", Integer.parseInt(status));
        body.put("detail", said[2]);
        body.put("code", said[0]);
        body.remove("basis");
        if (!"400".equals(status)) {
            body.remove("instance");
            body.remove("errors");
        }
        return OASFactory.createExample().summary(status + " " + said[0]).value(body);
    }

    /**
     * A decimal is a string in this contract, where JSON Schema's {@code minimum}/{@code maximum} mean nothing: the bounds
     * a Bean Validation annotation put there are said in the description instead.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() == null || !schema.getType().contains(Schema.SchemaType.STRING)) {
            return schema;
        }
        if (schema.getExamples() != null) {
            schema.setExamples(schema.getExamples().stream().map(ContractFilter::asString).toList());
        }
        List<String> bounds = new ArrayList<>();
        if (schema.getMinimum() != null) {
            bounds.add("at least " + schema.getMinimum().toPlainString());
            schema.setMinimum(null);
        }
        if (schema.getExclusiveMinimum() != null) {
            bounds.add("more than " + schema.getExclusiveMinimum().toPlainString());
            schema.setExclusiveMinimum(null);
        }
        if (schema.getMaximum() != null) {
            bounds.add("at most " + schema.getMaximum().toPlainString());
            schema.setMaximum(null);
        }
        if (schema.getExclusiveMaximum() != null) {
            bounds.add("less than " + schema.getExclusiveMaximum().toPlainString());
            schema.setExclusiveMaximum(null);
        }
        if (!bounds.isEmpty()) {
            String said = "The value is " + String.join(" and ", bounds) + ".";
            schema.setDescription(schema.getDescription() == null ? said : schema.getDescription() + ". " + said);
        }
        return schema;
    }

    /**
     * A decimal's example as the service writes it: SmallRye reads {@code @Schema(example = "\"0.10\"")} on a BigDecimal as
     * the number 0.1, so a decimal's example is written quoted, {@code @Schema(example = "\"0.10\"")}, and unquoted
     * here; a number left on a string schema becomes its string.
     */
    private static Object asString(Object example) {
        if (example instanceof String s && s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1);
        }
        if (example instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return example instanceof Number n ? n.toString() : example;
    }

    private static void info(OpenAPI openAPI) {
        Info info = openAPI.getInfo() == null ? OASFactory.createInfo() : openAPI.getInfo();
        if (info.getLicense() == null) {
            info.setLicense(OASFactory.createLicense().name("Proprietary: the county government's; no licence is granted "
                    + "to others").identifier("LicenseRef-Proprietary"));
        }
        if (info.getContact() == null) {
            info.setContact(OASFactory.createContact().name("The county's e-government IT team (县政务服务数据管理局)"));
        }
        openAPI.setInfo(info);
    }

    private static SecurityRequirement requirement() {
        return OASFactory.createSecurityRequirement().addScheme(SCHEME);
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation op, boolean open) {
        if (open) {
            op.setSecurity(new ArrayList<>());
        } else {
            op.setSecurity(null);
        }
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        boolean ifMatch = false;
        boolean idempotent = false;
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                if (p.getIn() != Parameter.In.HEADER) {
                    continue;
                }
                if ("If-Match".equalsIgnoreCase(p.getName())) {
                    ifMatch = true;
                    describe(p, "The version read (the ETag of a GET, or the record's `version`), e.g. `\"3\"`; the "
                            + "update is refused with 409 STALE_VERSION when the record changed since, 428 "
                            + "PRECONDITION_REQUIRED when neither this header nor `version` in the body is given",
                            "\"3\"");
                } else if (IdempotentWrites.HEADER.equalsIgnoreCase(p.getName())) {
                    idempotent = true;
                    describe(p, "Optional, 1 to 200 visible ASCII characters chosen by the caller (a UUID is usual), "
                            + "kept per caller for 24 hours: a resend with the same key and the same request answers "
                            + "what the first answered and changes nothing (`Idempotent-Replayed: true`); the same key "
                            + "with another request is refused with 422 IDEMPOTENCY_KEY_REUSED",
                            "5f0c6a52-3c1e-4f9b-9a57-0d3c9b1f2e41");
                    p.getSchema().pattern("^[\\x21-\\x7E]{1,200}$");
                }
            }
        }
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        created(op, responses);
        for (APIResponse ok : successes(responses)) {
            ok.addHeader("X-Request-Id", header("The request's id (the caller's X-Request-Id when sane, else a new "
                    + "UUID); quote it when asking about a request"));
            if (idempotent) {
                ok.addHeader(REPLAYED, header("`true` when this answer is the stored answer to an earlier request "
                        + "with the same Idempotency-Key (nothing was changed again); absent otherwise"));
            }
        }
        problem(responses, "400", "Bad input: VALIDATION_FAILED (`errors` lists the fields), MALFORMED_JSON, "
                + "BAD_REQUEST, INVALID_CURSOR, INVALID_IF_MATCH", false);
        if (!open) {
            problem(responses, "401", "UNAUTHENTICATED: no token, or one expired, not signed by a trusted key or of "
                    + "another issuer", false);
            problem(responses, "403", "FORBIDDEN (the role does not allow it), TOWN_OUT_OF_SCOPE (another town's data), "
                    + "MISSING_TOWN_CLAIM, MISSING_DEPT_CLAIM, or a business rule about who may act", false);
        }
        if (path.contains("{")) {
            problem(responses, "404", "NOT_FOUND: no such record", false);
        }
        if (write) {
            problem(responses, "409", "A conflict with the stored state: STALE_VERSION, ILLEGAL_TRANSITION, DUPLICATE, "
                    + "CONCURRENT_UPDATE (retry), IDEMPOTENCY_IN_PROGRESS (`Retry-After`), or a business rule's code",
                    true);
            problem(responses, "422", "A business rule or reference refuses the request: REFERENCE_NOT_FOUND, "
                    + "CONSTRAINT_VIOLATED, DATE_IN_FUTURE, IDEMPOTENCY_KEY_REUSED, UNKNOWN_TOWN, or a business rule's "
                    + "code (`basis` names the clause it enforces)", false);
        }
        if (ifMatch) {
            problem(responses, "428", "PRECONDITION_REQUIRED: neither If-Match nor `version` was given", false);
        }
        if (op.getExtensions() != null && op.getExtensions().containsKey(RATE_LIMITED)) {
            problem(responses, "429", "RATE_LIMITED: too many requests from this address; retry after `Retry-After` "
                    + "seconds", true);
            op.removeExtension(RATE_LIMITED);
        }
        problem(responses, "503", "DATABASE_UNAVAILABLE, or TOWN_REGISTRY_UNAVAILABLE: retry after `Retry-After` "
                + "seconds; nothing was changed", true);
    }

    /**
     * A success answer that is one versioned record (its schema has an integer {@code version}) carries the version as
     * its {@code ETag}: {@code VersionETags} sets it on every such answer.
     */
    static void etags(Operation op, Components components) {
        if (op.getResponses() == null) {
            return;
        }
        for (APIResponse ok : successes(op.getResponses())) {
            if (ok.getContent() == null || ok.getContent().getMediaTypes() == null) {
                continue;
            }
            boolean versioned = ok.getContent().getMediaTypes().values().stream()
                    .anyMatch(m -> hasVersion(m.getSchema(), components));
            if (versioned) {
                ok.addHeader("ETag", header("The record's version, quoted (e.g. `\"3\"`): send it in If-Match to "
                        + "change the record"));
            }
        }
    }

    private static boolean hasVersion(Schema schema, Components components) {
        Schema s = schema;
        if (s != null && s.getRef() != null && components.getSchemas() != null) {
            s = components.getSchemas().get(s.getRef().substring(s.getRef().lastIndexOf('/') + 1));
        }
        if (s == null || s.getProperties() == null) {
            return false;
        }
        Schema v = s.getProperties().get("version");
        return v != null && v.getType() != null && v.getType().contains(Schema.SchemaType.INTEGER);
    }

    /**
     * Path and query parameters the resources take as text (so that a bad value is a 400 problem naming the field, not a
     * bare 404) are documented with the type they are checked against: record ids ({@code id}, {@code ...Id}) are
     * positive 64-bit integers, {@code limit} 1 to 200 (the default most; a list with its own bound says so), {@code year} an integer, {@code asOf} and {@code date} dates, a
     * town code ({@code /towns/{code}}, {@code town}, {@code townCode}) nine digits, {@code period} a year and month.
     * A parameter that already has a type other than plain text keeps it.
     */
    static void typedParameters(String path, Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            if (p.getIn() != Parameter.In.PATH && p.getIn() != Parameter.In.QUERY) {
                continue;
            }
            Schema s = p.getSchema();
            if (s == null || s.getRef() != null || s.getType() == null || !s.getType().equals(List.of(Schema.SchemaType.STRING))
                    || s.getFormat() != null || s.getPattern() != null || s.getEnumeration() != null) {
                continue;
            }
            String name = p.getName();
            boolean pathParam = p.getIn() == Parameter.In.PATH;
            if (pathParam && (name.equals("id") || name.endsWith("Id"))) {
                p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64").minimum(
                        BigDecimal.ONE));
            } else if (name.equals("limit")) {
                p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(200)));
            } else if (name.equals("year")) {
                p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"));
            } else if (name.equals("asOf") || name.equals("date")) {
                p.setSchema(OASFactory.createSchema().ref("#/components/schemas/Date"));
            } else if ((pathParam && name.equals("code") && path.contains("/towns/{code}"))
                    || (!pathParam && (name.equals("town") || name.equals("townCode")))) {
                p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^[0-9]{9}$"));
            } else if (name.equals("period")) {
                p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^[0-9]{4}-[0-9]{2}$"));
            }
        }
    }

    /** A creating operation's success answer is 201 with the new record's Location (see {@link #CREATED}). */
    private static void created(Operation op, APIResponses responses) {
        Object kind = op.getExtensions() == null ? null : op.getExtensions().get(CREATED);
        APIResponse ok = responses.getAPIResponse("200");
        if (kind == null || ok == null) {
            return;
        }
        op.removeExtension(CREATED);
        Header location = OASFactory.createHeader().description("The address of the record, to GET it")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference"));
        APIResponse made = OASFactory.createAPIResponse().description("Created: the new record")
                .content(ok.getContent()).addHeader("Location", location);
        if ("or-existing".equals(kind)) {
            ok.setDescription("The record an earlier request with the same natural key made (nothing was recorded again)");
            ok.addHeader("Location", location);
        } else {
            responses.removeAPIResponse("200");
        }
        responses.addAPIResponse("201", made);
    }

    private static List<APIResponse> successes(APIResponses responses) {
        List<APIResponse> ok = new ArrayList<>();
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, r) -> {
                if (status.startsWith("2")) {
                    ok.add(r);
                }
            });
        }
        return ok;
    }

    private static void describe(Parameter p, String description, String example) {
        p.setDescription(description);
        p.setExample(example);
        if (p.getSchema() == null) {
            p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        }
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    /**
     * Adds the problem answer of {@code status}, or completes one the operation declares itself (its description is
     * kept, being more precise; the problem+json content and the headers are added).
     */
    private static void problem(APIResponses responses, String status, String description, boolean retryAfter) {
        APIResponse declared = responses.getAPIResponse(status);
        APIResponse r = declared != null ? declared : OASFactory.createAPIResponse();
        if (r.getDescription() == null || GENERIC.contains(r.getDescription())) {
            r.setDescription(description);
        }
        r.setContent(problemContent());
        r.addHeader("X-Request-Id", header("The request's id; quote it when asking about a failure"));
        if (retryAfter) {
            r.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before trying again, when the answer asks for a retry")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        responses.addAPIResponse(status, r);
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    /** The problem+json body (RFC 9457) every error answer of every service has. */
    static Schema problemSchema() {
        Map<String, Schema> p = new LinkedHashMap<>();
        p.put("type", text("`urn:townreform:problem:<code>`", "urn:townreform:problem:VALIDATION_FAILED")
                .format("uri"));
        p.put("title", text("A short summary of the kind of problem", "Bad Request"));
        p.put("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                .description("The HTTP status of the answer").examples(List.of(400)));
        p.put("detail", text("What went wrong with this request, for a person", "townCode: must be 9 digits"));
        p.put("instance", text("The path that was asked for", "/api/v1/towns/44190011"));
        p.put("code", text("The stable problem code (docs/problems.md lists every one); switch on this",
                "VALIDATION_FAILED"));
        p.put("requestId", text("The request's id (also the X-Request-Id header)",
                "0b6a3e8e-3f8e-4d5a-9f52-6d0c2c1a7e11"));
        p.put("basis", text("For a business rule, the clause it enforces (law article or pilot plan section)",
                "《中华人民共和国行政许可法》第三十二条"));
        Map<String, Schema> error = new LinkedHashMap<>();
        error.put("field", text("The field, parameter or header refused", "townCode"));
        error.put("message", text("Why it was refused", "must be 9 digits"));
        p.put("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                .description("For VALIDATION_FAILED: each field refused").items(OASFactory.createSchema()
                        .addType(Schema.SchemaType.OBJECT).properties(error).required(List.of("field", "message"))));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An error answer, RFC 9457 application/problem+json").properties(p)
                .required(List.of("type", "title", "status", "code"));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description)
                .examples(List.of(example));
    }
}
