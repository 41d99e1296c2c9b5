package org.townreform.common.version;

import java.lang.reflect.RecordComponent;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every successful answer that is one versioned record (a record class with a {@code version} number) carries that
 * version as its {@code ETag} ({@code "3"}), to send back in {@code If-Match}: the rule the OpenAPI document states for
 * every such answer. Answers that set an ETag themselves keep it; lists and pages have none.
 */
public class VersionETags {
    private static final ClassValue<RecordComponent> VERSION = new ClassValue<>() {
        @Override
        protected RecordComponent computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals("version") && (c.getType() == long.class || c.getType() == Long.class
                        || c.getType() == int.class || c.getType() == Integer.class)) {
                    return c;
                }
            }
            return null;
        }
    };

    @ServerResponseFilter
    public void etag(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null || response.getStatus() / 100 != 2 || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        Long version = version(entity);
        if (version != null) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, Versions.etag(version));
        }
    }

    /** The record's version, or null when the object is not a versioned record. */
    public static Long version(Object entity) {
        RecordComponent c = VERSION.get(entity.getClass());
        if (c == null) {
            return null;
        }
        try {
            Object v = c.getAccessor().invoke(entity);
            return v == null ? null : ((Number) v).longValue();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
