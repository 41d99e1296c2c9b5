package org.townreform.common.error;

import java.util.List;

import org.townreform.common.error.ProblemException.FieldError;

/** Factories for the problems every service raises, so the same situation always gets the same status and code. */
public final class Problems {
    private Problems() {
    }

    public static ProblemException notFound(String entity, Object id) {
        return new ProblemException(404, "NOT_FOUND", "Not found", entity + " " + id + " does not exist");
    }

    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(400, code, "Bad request", detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "VALIDATION_FAILED", "Invalid input", field + ": " + message,
                List.of(new FieldError(field, message)), null);
    }

    /** A rule of the domain forbids what was asked, given the current state (409). */
    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail);
    }

    /** The request is well formed but its content breaks a rule (422). */
    public static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(422, code, "Unprocessable content", detail);
    }

    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, "Forbidden", detail);
    }

    public static ProblemException staleVersion(String entity, Object id, long expected, long actual) {
        return new ProblemException(409, "STALE_VERSION", "Conflict",
                entity + " " + id + " is at version " + actual + ", not " + expected
                        + ": reload it and apply the change again");
    }

    public static ProblemException serviceUnavailable(String code, String detail) {
        return new ProblemException(503, code, "Service unavailable", detail);
    }

    public static ProblemException illegalTransition(String entity, Object from, String action) {
        return new ProblemException(409, "ILLEGAL_TRANSITION", "Conflict",
                entity + " in state " + from + " does not allow '" + action + "'");
    }
}
