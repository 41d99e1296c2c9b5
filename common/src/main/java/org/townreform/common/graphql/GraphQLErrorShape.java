package org.townreform.common.graphql;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;
import org.townreform.common.error.ProblemException;
import org.townreform.common.error.ProblemMapper;
import org.townreform.common.web.RequestIds;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.SourceLocation;
import io.smallrye.graphql.validation.BeanValidationError;

/**
 * Every GraphQL error of a service has one shape, whatever raised it: {@code extensions.code} (a code of
 * docs/problems.md), {@code extensions.status} (the number REST would answer), {@code extensions.basis} for a business
 * rule, {@code extensions.requestId}, and a message that says what went wrong. No SmallRye {@code classification},
 * no code derived from an exception's class name ({@code illegal-state}), no "System error".
 * <ul>
 * <li>a resolver's failure: the problem {@link ProblemMapper#toProblem} makes of it for REST (a rule's code, a database
 * outage's {@code DATABASE_UNAVAILABLE}, {@code INTERNAL_ERROR} for a defect, logged with the request id);</li>
 * <li>a query that does not fit the schema or its variables:
 * {@code GRAPHQL_VALIDATION_FAILED}; one past the depth or complexity limits: {@code QUERY_TOO_DEEP} /
 * {@code QUERY_TOO_COMPLEX} (the codes the gateway gives the same queries).</li>
 * </ul>
 * SmallRye GraphQL writes an error that is neither a validation error nor a data-fetching one as it stands
 * ({@code toSpecification()}), numbers as numbers; the errors are rewritten into that kind after execution, by an
 * instrumentation chained after SmallRye's own (which keeps the depth and complexity limits and its query cache).
 */
final class GraphQLErrorShape extends SimplePerformantInstrumentation {
    private static final Logger LOG = Logger.getLogger(GraphQLErrorShape.class);

    /** The builder with this instrumentation after the ones SmallRye set; unchanged (and logged) if that cannot be done. */
    static GraphQL.Builder chainedAfterSmallRye(GraphQL.Builder builder) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("instrumentation");
            field.setAccessible(true);
            Instrumentation existing = (Instrumentation) field.get(builder);
            List<Instrumentation> chain = new ArrayList<>();
            if (existing != null) {
                chain.add(existing);
            }
            chain.add(new GraphQLErrorShape());
            return builder.instrumentation(new ChainedInstrumentation(chain));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("GraphQL errors keep SmallRye's shape: its instrumentation could not be read", e);
            return builder;
        }
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> shaped = new ArrayList<>(result.getErrors().size());
        for (GraphQLError error : result.getErrors()) {
            shaped.add(shape(error));
        }
        return CompletableFuture.completedFuture(result.transform(b -> b.errors(shaped)));
    }

    static GraphQLError shape(GraphQLError error) {
        if (error instanceof Shaped) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            ProblemException problem = ProblemMapper.toProblem(fetching.getException());
            return new Shaped(problem.detail(), error.getLocations(), error.getPath(), extensions(problem.code(),
                    problem.status(), problem.basis()), ErrorType.DataFetchingException);
        }
        if (error instanceof BeanValidationError invalid) {
            return invalidArguments(invalid);
        }
        ErrorClassification kind = error.getErrorType();
        String code;
        if (kind == ErrorType.InvalidSyntax) {
            code = "GRAPHQL_PARSE_FAILED";
        } else if (kind == ErrorType.ExecutionAborted) {
            code = error.getMessage() != null && error.getMessage().contains("depth") ? "QUERY_TOO_DEEP" : "QUERY_TOO_COMPLEX";
        } else if (kind == ErrorType.ValidationError || kind == ErrorType.OperationNotSupported) {
            code = "GRAPHQL_VALIDATION_FAILED";
        } else {
            LOG.errorf("GraphQL error without an exception, request %s: %s", RequestIds.current(), error.getMessage());
            return new Shaped("An unexpected error occurred; quote the request id when reporting it",
                    error.getLocations(), error.getPath(), extensions("INTERNAL_ERROR", 500, null), error.getErrorType());
        }
        return new Shaped(error.getMessage(), error.getLocations(), error.getPath(), extensions(code, 400, null), kind);
    }

    /** SmallRye's bean validation of arguments, as REST's {@code VALIDATION_FAILED}: each violation a field error. */
    @SuppressWarnings("unchecked")
    private static GraphQLError invalidArguments(BeanValidationError error) {
        List<Map<String, Object>> fields = new ArrayList<>();
        Object violations = error.getExtensions().get("violations");
        if (violations instanceof List<?> list) {
            for (Object v : list) {
                Map<String, Object> violation = (Map<String, Object>) v;
                List<Object> path = (List<Object>) violation.getOrDefault("propertyPath", List.of());
                // the path starts with the operation's method name: the argument and its members follow
                String field = path.size() > 1
                        ? path.subList(1, path.size()).stream().map(String::valueOf)
                                .reduce((a, b) -> a + "." + b).orElse("")
                        : String.valueOf(path.isEmpty() ? "" : path.get(0));
                fields.add(Map.of("field", field, "message", String.valueOf(violation.get("message"))));
            }
        }
        Map<String, Object> extensions = extensions("VALIDATION_FAILED", 400, null);
        extensions.put("errors", fields);
        String message = fields.stream().map(f -> f.get("field") + ": " + f.get("message")).reduce((a, b) -> a + "; " + b)
                .orElse(error.getMessage());
        return new Shaped(message, error.getLocations(), error.getPath(), extensions, ErrorType.ValidationError);
    }

    private static Map<String, Object> extensions(String code, int status, String basis) {
        Map<String, Object> extensions = new LinkedHashMap<>(4);
        extensions.put("code", code);
        extensions.put("status", status);
        if (basis != null) {
            extensions.put("basis", basis);
        }
        String requestId = RequestIds.current();
        if (requestId != null) {
            extensions.put("requestId", requestId);
        }
        return extensions;
    }

    /**
     * An error in its final shape; SmallRye writes it as {@link #toSpecification()} gives it. Its classification stays
     * for Quarkus (which answers an aborted execution with HTTP 400) but is not written.
     */
    record Shaped(String message, List<SourceLocation> locations, List<Object> path, Map<String, Object> extensions,
            ErrorClassification kind) implements GraphQLError {
        @Override
        public String getMessage() { return message; }

        @Override
        public List<SourceLocation> getLocations() { return locations; }

        @Override
        public List<Object> getPath() { return path; }

        @Override
        public ErrorClassification getErrorType() { return kind; }

        @Override
        public Map<String, Object> getExtensions() { return extensions; }

        @Override
        public Map<String, Object> toSpecification() {
            Map<String, Object> error = new LinkedHashMap<>(4);
            error.put("message", message);
            if (locations != null && !locations.isEmpty()) {
                List<Map<String, Object>> at = new ArrayList<>(locations.size());
                for (SourceLocation l : locations) {
                    at.add(Map.of("line", l.getLine(), "column", l.getColumn()));
                }
                error.put("locations", at);
            }
            if (path != null) {
                error.put("path", path);
            }
            error.put("extensions", extensions);
            return error;
        }
    }
}
