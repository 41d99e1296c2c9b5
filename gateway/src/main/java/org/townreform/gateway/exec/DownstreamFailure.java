package org.townreform.gateway.exec;

/**
 * A downstream request that gave no usable answer: the subgraph is down, answered with a server error, did not answer in
 * time, or its circuit breaker is open. The fields it would have filled become null, each with an error of this code.
 */
public class DownstreamFailure extends RuntimeException {
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    public static final String TIMEOUT = "TIMEOUT";

    private final String code;

    public DownstreamFailure(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
