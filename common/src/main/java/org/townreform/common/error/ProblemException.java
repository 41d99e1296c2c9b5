package org.townreform.common.error;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A failure the caller can act on: a rule broken, a resource missing, a request malformed. It carries the HTTP status and a
 * stable machine code ({@code OFFICE_LIMIT_EXCEEDED}, {@code STALE_VERSION}, ...) that clients switch on; REST turns it
 * into RFC 9457 problem+json and GraphQL into an error whose {@code extensions.code} is the same code.
 * <p>
 * It implements {@link GraphQLError} only so that SmallRye GraphQL copies {@link #getExtensions()} into the error.
 */
public class ProblemException extends RuntimeException implements GraphQLError {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String title;
    private final transient List<FieldError> fieldErrors;
    private Long retryAfterSeconds;
    private String basis;

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of(), null);
    }

    public ProblemException(int status, String code, String title, String detail, List<FieldError> fieldErrors,
            Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.code = code;
        this.title = title;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Seconds after which the same request may succeed (answered as {@code Retry-After}), or {@code null}. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Asks the client to retry after {@code seconds} (a 503 or 409 that passes). */
    public ProblemException retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /**
     * The clause the refusal enforces: the one given with {@link #basis(String)}, else the one registered for the code
     * ({@link RuleBasis}), else {@code null} (validation, authentication, outages).
     */
    public String basis() {
        return basis != null ? basis : RuleBasis.of(code);
    }

    /** Names the clause this refusal enforces where it differs from the one registered for its code. */
    public ProblemException basis(String clause) {
        this.basis = clause;
        return this;
    }

    /** One invalid input field: its path as the client sent it, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    // GraphQLError: only the extensions matter; SmallRye builds message, path and locations itself.

    @Override
    public List<SourceLocation> getLocations() { return null; }

    @Override
    public ErrorClassification getErrorType() { return null; }

    @Override
    public Map<String, Object> getExtensions() {
        String clause = basis();
        return clause == null
                ? Map.of("code", code, "status", status)
                : Map.of("code", code, "status", status, "basis", clause);
    }
}
