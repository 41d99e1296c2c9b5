package org.townreform.common.error;

import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.townreform.common.error.ProblemException.FieldError;
import org.townreform.common.json.RefusedValue;
import org.townreform.common.web.RequestIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.CompositeException;

/**
 * Turns every failure that reaches a REST resource into RFC 9457 problem+json. Known failures keep their meaning (a stale
 * row is 409, malformed JSON is 400, a broken constraint is 400 with field errors); anything unforeseen is logged with
 * the request id and answered 500 without internals.
 */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    UriInfo uriInfo;

    @ServerExceptionMapper(priority = 1)
    public Response mapProblem(ProblemException e) {
        return respond(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapConstraintViolation(ConstraintViolationException e) {
        return respond(fromViolations(e));
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapJson(JsonProcessingException e) {
        return respond(fromJson(e));
    }

    /** More specific than {@link #mapJson}: the built-in mapper of this type would otherwise answer plain text. */
    @ServerExceptionMapper(priority = 1)
    public Response mapMismatchedInput(MismatchedInputException e) {
        return respond(fromJson(e));
    }

    /**
     * More specific than Quarkus' own mapper of this type, which answers a bare 500 with no body. Jackson raises it while
     * binding a body to a record in a shape the record cannot take (a creator property given twice, say): answered 400
     * like other bodies that do not fit, and logged as a warning, since a binding that can never work is a defect.
     */
    @ServerExceptionMapper(priority = 1)
    public Response mapInvalidDefinition(InvalidDefinitionException e) {
        LOG.warnf("A body could not be bound, request %s: %s", RequestIds.current(), e.getOriginalMessage());
        return respond(fromJson(e));
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapWebApplication(WebApplicationException e) {
        return respond(fromWebApplication(e));
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapUnauthorized(UnauthorizedException e) {
        return respond(unauthorized());
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapAuthenticationFailed(AuthenticationFailedException e) {
        return respond(unauthorized());
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapForbidden(ForbiddenException e) {
        return respond(forbidden());
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapComposite(CompositeException e) {
        return respond(toProblem(e));
    }

    @ServerExceptionMapper(priority = 10)
    public Response mapAny(Throwable e) {
        return respond(toProblem(e));
    }

    /** The problem a failure stands for, looking through wrappers (Mutiny composites, persistence exceptions). */
    public static ProblemException toProblem(Throwable failure) {
        ProblemException database = DatabaseErrors.toProblem(failure);
        if (database != null) {
            return database;
        }
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 12; depth++, t = Causes.next(t)) {
            if (t instanceof ProblemException p) {
                return p;
            }
            if (t instanceof ConstraintViolationException v) {
                return fromViolations(v);
            }
            if (t instanceof JsonProcessingException j) {
                return fromJson(j);
            }
            if (t instanceof StaleStateException || t instanceof OptimisticLockException) {
                return new ProblemException(409, "STALE_VERSION", "Conflict",
                        "The record was changed by someone else meanwhile: reload it and apply the change again");
            }
            if (t instanceof UnauthorizedException || t instanceof AuthenticationFailedException) {
                return unauthorized();
            }
            if (t instanceof ForbiddenException) {
                return forbidden();
            }
            if (t instanceof DateTimeParseException d) {
                return Problems.badRequest("VALIDATION_FAILED", "Not a valid ISO-8601 date: '" + d.getParsedString() + "'");
            }
            if (t instanceof WebApplicationException w) {
                return fromWebApplication(w);
            }
            if (t instanceof IOException io && fromMultipartParser(io)) {
                return Problems.badRequest("MALFORMED_MULTIPART",
                        "The multipart body is cut short or malformed: send the whole form, ending with its closing boundary");
            }
        }
        LOG.errorf(failure, "Unexpected failure, request %s", RequestIds.current());
        return new ProblemException(500, "INTERNAL_ERROR", "Internal error",
                "An unexpected error occurred; quote the request id when reporting it");
    }

    private static boolean fromMultipartParser(IOException e) {
        StackTraceElement[] at = e.getStackTrace();
        return at.length > 0 && at[0].getClassName().contains(".multipart.");
    }

    static ProblemException fromViolations(ConstraintViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        String detail = errors.isEmpty()
                ? "Invalid input"
                : errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElseThrow();
        return new ProblemException(400, "VALIDATION_FAILED", "Invalid input", detail, errors, null);
    }

    /** Drops the method and parameter nodes of a method-validation path: {@code create.body.name} becomes {@code name}. */
    private static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> names.clear();
                case PARAMETER -> names.clear();
                default -> {
                    String n = node.getName();
                    if (node.getIndex() != null) {
                        n = (n == null ? "" : n) + "[" + node.getIndex() + "]";
                    }
                    if (n != null && !n.isEmpty()) {
                        names.add(n);
                    }
                }
            }
        }
        if (names.isEmpty()) {
            String s = path.toString();
            int dot = s.lastIndexOf('.');
            return dot < 0 ? s : s.substring(dot + 1);
        }
        return String.join(".", names);
    }

    static ProblemException fromJson(JsonProcessingException e) {
        String field = null;
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    if (!sb.isEmpty()) {
                        sb.append('.');
                    }
                    sb.append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            field = sb.toString();
        }
        String message;
        if (e instanceof RefusedValue) {
            message = e.getOriginalMessage();
        } else if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                StringBuilder allowed = new StringBuilder();
                for (Object c : target.getEnumConstants()) {
                    allowed.append(allowed.isEmpty() ? "" : ", ").append(c);
                }
                message = "'" + f.getValue() + "' is not one of: " + allowed;
            } else {
                message = "'" + f.getValue() + "' is not a valid " + (target == null ? "value" : target.getSimpleName());
            }
        } else if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown property '" + u.getPropertyName() + "'";
        } else {
            message = e.getOriginalMessage();
            if (message != null && message.length() > 200) {
                message = message.substring(0, 200);
            }
        }
        if (field != null && !field.isEmpty()) {
            return new ProblemException(400, "VALIDATION_FAILED", "Invalid input", field + ": " + message,
                    List.of(new FieldError(field, message)), null);
        }
        return Problems.badRequest("MALFORMED_JSON", "The body is not valid JSON for this request: " + message);
    }

    static ProblemException fromWebApplication(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e instanceof NotFoundException) {
            return new ProblemException(404, "NOT_FOUND", "Not found", "No resource at this address");
        }
        if (e instanceof NotAllowedException) {
            return new ProblemException(405, "METHOD_NOT_ALLOWED", "Method not allowed",
                    "This address does not accept that method");
        }
        if (e instanceof NotSupportedException) {
            return new ProblemException(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type",
                    "Send the body as application/json (or as the operation documents)");
        }
        if (e instanceof NotAcceptableException) {
            return new ProblemException(406, "NOT_ACCEPTABLE", "Not acceptable",
                    "This resource cannot answer in the media type asked for");
        }
        if (status == 401) {
            return unauthorized();
        }
        if (status == 403) {
            return forbidden();
        }
        if (status >= 500) {
            LOG.errorf(e, "Server error, request %s", RequestIds.current());
            return new ProblemException(status, "INTERNAL_ERROR", "Internal error",
                    "An unexpected error occurred; quote the request id when reporting it");
        }
        Throwable cause = e.getCause();
        String detail = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
        if (cause instanceof ProblemException p) {
            return p;
        }
        if (cause instanceof JsonProcessingException j) {
            return fromJson(j);
        }
        return new ProblemException(status, status == 400 ? "BAD_REQUEST" : "HTTP_" + status,
                Response.Status.fromStatusCode(status) == null
                        ? "Error"
                        : Response.Status.fromStatusCode(status).getReasonPhrase(),
                detail == null ? "The request cannot be processed" : detail);
    }

    private static ProblemException unauthorized() {
        return new ProblemException(401, "UNAUTHENTICATED", "Unauthorized",
                "A valid bearer token is required");
    }

    private static ProblemException forbidden() {
        return new ProblemException(403, "FORBIDDEN", "Forbidden", "Your role does not allow this operation");
    }

    private Response respond(ProblemException e) {
        String instance = null;
        try {
            instance = uriInfo == null ? null : uriInfo.getPath();
        } catch (RuntimeException ignored) {
            // no request context (should not happen inside a resource)
        }
        Response.ResponseBuilder b = Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(e, instance, RequestIds.current()));
        if (e.status() == 401) {
            b.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (e.retryAfterSeconds() != null) {
            b.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return b.build();
    }
}
