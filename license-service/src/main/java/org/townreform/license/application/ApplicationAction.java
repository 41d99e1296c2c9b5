package org.townreform.license.application;

/** The actions on an application, each a POST to {@code /applications/{id}/<path>} (SPEC §7). */
public enum ApplicationAction {
    ACCEPT("accept", "ACCEPTED"), REJECT("reject", "REJECTED"), REQUEST_SUPPLEMENT("request-supplement",
            "SUPPLEMENT_REQUESTED"), SUPPLEMENT("supplement", "SUPPLEMENTED"), START_REVIEW("start-review",
                    "REVIEW_STARTED"), APPROVE("approve", "APPROVED"), DENY("deny", "DENIED"), FILE("file",
                            "FILED"), WITHDRAW("withdraw", "WITHDRAWN"), TRANSFER("transfer", "TRANSFERRED");

    private final String path;
    private final String done;

    ApplicationAction(String path, String done) {
        this.path = path;
        this.done = done;
    }

    public String path() {
        return path;
    }

    /** The action done, as the audit log and the event type say it ({@code ACCEPTED}: {@code application.accepted}). */
    public String done() {
        return done;
    }
}
