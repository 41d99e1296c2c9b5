package org.townreform.gateway.plan;

/** An operation the gateway refuses before any downstream call, with the GraphQL error code the client gets. */
public class PlanningException extends RuntimeException {
    private final String code;

    public PlanningException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
