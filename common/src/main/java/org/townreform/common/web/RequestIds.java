package org.townreform.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every HTTP request (REST and GraphQL alike) an id: the caller's {@code X-Request-Id} when it is sane, otherwise a
 * new UUID. The id is echoed in the answer, written into audit records and problem bodies, and passed downstream.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "townreform.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(rc -> {
            String given = rc.request().getHeader(HEADER);
            String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            rc.put(KEY, id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        });
    }

    /** The current request's id, or {@code null} outside a request. */
    public static String current() {
        RoutingContext rc = currentRequest();
        return rc == null ? null : rc.get(KEY);
    }

    /** The HTTP request being served on this thread's request context, or {@code null} outside one. */
    public static RoutingContext currentRequest() {
        try {
            if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
                return null;
            }
            InstanceHandle<CurrentVertxRequest> handle = Arc.container().instance(CurrentVertxRequest.class);
            return handle.isAvailable() ? handle.get().getCurrent() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
