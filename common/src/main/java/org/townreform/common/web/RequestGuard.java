package org.townreform.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.townreform.common.error.Problem;
import org.townreform.common.error.ProblemException;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, before any resource or query runs, what no operation can take: a NUL character in the address (PostgreSQL can
 * store none, and no identifier holds one), and an address longer than {@value #MAX_URI_LENGTH} characters (414). Both
 * answer problem+json like every other refusal. The HTTP server itself takes request lines up to
 * {@code quarkus.http.limits.max-initial-line-length} (64 KiB here) so that this check, not the server's bare 414, answers
 * the long ones.
 */
@ApplicationScoped
public class RequestGuard {
    public static final int MAX_URI_LENGTH = 4096;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 101).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri.length() > MAX_URI_LENGTH) {
            refuse(rc, 414, "URI_TOO_LONG", "URI too long",
                    "The address is longer than " + MAX_URI_LENGTH + " characters; send long input in a body");
            return;
        }
        if (hasNul(uri)) {
            refuse(rc, 400, "VALIDATION_FAILED", "Invalid input",
                    "The address holds a NUL character (%00), which no path or parameter can contain");
            return;
        }
        rc.next();
    }

    static boolean hasNul(String uri) {
        if (uri.indexOf('\0') >= 0) {
            return true;
        }
        for (int i = uri.indexOf('%'); i >= 0 && i + 2 < uri.length(); i = uri.indexOf('%', i + 1)) {
            if (uri.charAt(i + 1) == '0' && uri.charAt(i + 2) == '0') {
                return true;
            }
        }
        return false;
    }

    /**
     * Answers a problem+json refusal straight from the router, the same body the resources' problems have; without
     * {@code instance}, since the address is what is refused (a 4 KiB one would come back whole).
     */
    public static void refuse(RoutingContext rc, int status, String code, String title, String detail) {
        Problem problem = Problem.of(new ProblemException(status, code, title, detail), null,
                rc.response().headers().get(RequestIds.HEADER));
        rc.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
