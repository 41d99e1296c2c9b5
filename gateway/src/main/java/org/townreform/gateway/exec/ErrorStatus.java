package org.townreform.gateway.exec;

import java.util.Map;

/**
 * The {@code extensions.status} of the gateway's own GraphQL errors: the number REST would answer with, as the services
 * give theirs (the HTTP status of a GraphQL answer itself stays 200 where the GraphQL over HTTP spec says so).
 */
public final class ErrorStatus {
    private static final Map<String, Integer> BY_CODE = Map.ofEntries(
            Map.entry("BAD_REQUEST", 400),
            Map.entry("GRAPHQL_PARSE_FAILED", 400),
            Map.entry("GRAPHQL_VALIDATION_FAILED", 400),
            Map.entry("QUERY_TOO_DEEP", 400),
            Map.entry("QUERY_TOO_COMPLEX", 400),
            Map.entry("UNAUTHENTICATED", 401),
            Map.entry("PERSISTED_QUERY_NOT_FOUND", 400),
            Map.entry("PERSISTED_QUERY_NOT_SUPPORTED", 400),
            Map.entry(DownstreamFailure.SERVICE_UNAVAILABLE, 503),
            Map.entry(DownstreamFailure.TIMEOUT, 504),
            Map.entry("NON_NULL_VIOLATION", 502));

    private ErrorStatus() {
    }

    /** The status of one of the gateway's codes; 500 for any other (INTERNAL_ERROR). */
    public static int of(String code) {
        return BY_CODE.getOrDefault(code, 500);
    }
}
