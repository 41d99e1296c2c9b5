package org.townreform.gateway.exec;

import java.util.Map;

/**
 * The {@code extensions.status} of the gateway's own GraphQL errors: the number REST would answer with, as the services
 * give theirs (the HTTP status of a GraphQL answer itself stays 200 where the GraphQL over HTTP spec says so).
 */
public final class ErrorStatus {
    private static final Map<String, Integer> BY_CODE = Map.of(
            "BAD_REQUEST", 400,
            "GRAPHQL_PARSE_FAILED", 400,
            "GRAPHQL_VALIDATION_FAILED", 400,
            "QUERY_TOO_DEEP", 400,
            "QUERY_TOO_COMPLEX", 400,
            "UNAUTHENTICATED", 401,
            "PERSISTED_QUERY_NOT_FOUND", 400,
            DownstreamFailure.SERVICE_UNAVAILABLE, 503,
            DownstreamFailure.TIMEOUT, 504,
            "NON_NULL_VIOLATION", 502);

    private ErrorStatus() {
    }

    /** The status of one of the gateway's codes; 500 for any other (INTERNAL_ERROR). */
    public static int of(String code) {
        return BY_CODE.getOrDefault(code, 500);
    }
}
