package org.townreform.gateway.exec;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;

/** Sends one GraphQL request to a subgraph and gives the raw answer body, or fails with {@link DownstreamFailure}. */
@FunctionalInterface
public interface Downstream {
    /**
     * @param subgraph the subgraph's name
     * @param body the request body ({@code {"query":...,"variables":...}})
     * @param caller the caller's headers to pass on
     */
    Future<Buffer> send(String subgraph, Buffer body, Caller caller);

    /** What the gateway passes on from the caller: the Authorization header, the request id, the trace context. */
    record Caller(String authorization, String requestId, io.opentelemetry.context.Context traceContext) {
    }
}
