package org.townreform.common.error;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.exception.ConstraintViolationException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * What a failed database call means, whichever layer handed it on: the reactive PostgreSQL client raises
 * {@link PgException}; Hibernate Reactive turns the same error into a {@link java.sql.SQLException} (often inside a Hibernate
 * {@code JDBCException}) that no longer holds the {@code PgException}. Both carry the SQLSTATE, and a unique or check
 * violation names its constraint, so a broken constraint is recognised once here for every path.
 * <p>
 * A service names what its own constraints mean with {@link #explain}: a unique violation of
 * {@code evaluation_application_id_key} is {@code ALREADY_EVALUATED}, not a generic {@code DUPLICATE}.
 */
public final class DatabaseErrors {
    /** Seconds a client is asked to wait when the database cannot be reached. */
    public static final long RETRY_AFTER_SECONDS = 5;
    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");
    private static final Map<String, ConstraintMeaning> MEANINGS = new ConcurrentHashMap<>();

    private DatabaseErrors() {
    }

    /** What a violation of one named constraint tells the client: status, code and a sentence. */
    public record ConstraintMeaning(int status, String code, String detail) {
        ProblemException problem() {
            return new ProblemException(status, code, status == 409 ? "Conflict" : "Unprocessable content", detail);
        }
    }

    /** A database error: its SQLSTATE and, where one was broken, the constraint's name. */
    public record Failure(String sqlState, String constraint) {
        public boolean uniqueViolation() {
            return "23505".equals(sqlState);
        }
    }

    /** Registers what a violation of {@code constraint} means (a service does this once at start). */
    public static void explain(String constraint, int status, String code, String detail) {
        MEANINGS.put(constraint, new ConstraintMeaning(status, code, detail));
    }

    /** The database error behind {@code failure}, looking through wrappers; {@code null} when there is none. */
    public static Failure find(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 16; depth++, t = Causes.next(t)) {
            if (t instanceof PgException pg && pg.getSqlState() != null) {
                return new Failure(pg.getSqlState(), pg.getConstraint() != null ? pg.getConstraint() : named(pg.getMessage()));
            }
            if (t instanceof ConstraintViolationException c && c.getSQLState() != null) {
                return new Failure(c.getSQLState(),
                        c.getConstraintName() != null ? c.getConstraintName() : named(c.getSQLException().getMessage()));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return new Failure(sql.getSQLState(), named(sql.getMessage()));
            }
        }
        return null;
    }

    /** Whether {@code failure} says the database cannot be reached now (down, restarting, refusing connections). */
    public static boolean unreachable(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 16; depth++, t = Causes.next(t)) {
            if (t instanceof ConnectException || t instanceof ClosedConnectionException
                    || t instanceof io.netty.channel.ConnectTimeoutException) {
                return true;
            }
            String state = t instanceof PgException pg
                    ? pg.getSqlState()
                    : t instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03") || state.equals("53300"))) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Connection refused") || message.contains("Connection reset")
                    || message.contains("Failed to read any response from the server")
                    || message.contains("the database system is starting up")
                    || message.contains("the database system is shutting down"))) {
                return true;
            }
        }
        return false;
    }

    /** The problem a database failure stands for, or {@code null} when it is not one this class knows. */
    static ProblemException toProblem(Throwable failure) {
        if (unreachable(failure)) {
            return Problems.serviceUnavailable("DATABASE_UNAVAILABLE",
                    "The service's database cannot be reached just now; retry in a few seconds")
                    .retryAfter(RETRY_AFTER_SECONDS);
        }
        Failure f = find(failure);
        if (f == null) {
            return null;
        }
        ConstraintMeaning meaning = f.constraint() == null ? null : MEANINGS.get(f.constraint());
        if (meaning != null) {
            return meaning.problem();
        }
        return switch (f.sqlState()) {
            case "23505" -> new ProblemException(409, "DUPLICATE", "Conflict",
                    "A record with the same identifying values already exists"
                            + (f.constraint() == null ? "" : " (" + f.constraint() + ")"));
            case "23503" -> new ProblemException(422, "REFERENCE_NOT_FOUND", "Unprocessable content",
                    "The request refers to a record that does not exist");
            case "23514", "23502", "23P01" -> new ProblemException(422, "CONSTRAINT_VIOLATED", "Unprocessable content",
                    "The values break a stored rule" + (f.constraint() == null ? "" : " (" + f.constraint() + ")"));
            case "22003", "22001", "22007", "22008", "22P02", "22021", "22P05", "22023", "2200N" -> new ProblemException(
                    400, "VALIDATION_FAILED", "Invalid input", "A value is out of range or of the wrong form");
            case "40001", "40P01", "55P03" -> new ProblemException(409, "CONCURRENT_UPDATE", "Conflict",
                    "Another change was made at the same time: retry the request");
            default -> null;
        };
    }

    private static String named(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = CONSTRAINT.matcher(message);
        return m.find() ? m.group(1) : null;
    }
}
