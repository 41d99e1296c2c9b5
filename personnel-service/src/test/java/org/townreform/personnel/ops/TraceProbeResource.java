package org.townreform.personnel.ops;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.ReadableSpan;

/**
 * Test-only endpoint (it exists in tests, never in the service): writes one log line inside a request and answers the
 * trace the request runs in, so {@link TracePropagationTest} can see what a caller's {@code traceparent} became.
 */
@Path("/test-support/trace-probe")
public class TraceProbeResource {
    static final String CATEGORY = "org.townreform.personnel.ops.TraceProbe";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    @GET
    @PermitAll
    @Operation(hidden = true) // not part of the service's contract
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> probe() {
        LOG.info("trace probe");
        Span span = Span.current();
        String parent = span instanceof ReadableSpan readable ? readable.getParentSpanContext().getSpanId() : "";
        return Map.of("traceId", span.getSpanContext().getTraceId(), "spanId", span.getSpanContext().getSpanId(),
                "parentSpanId", parent);
    }
}
