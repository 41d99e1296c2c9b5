package org.townreform.license.application;

/** The actions on an application, each a POST to {@code /applications/{id}/<path>} (SPEC §7). */
public enum ApplicationAction {
    ACCEPT("accept"), REJECT("reject"), REQUEST_SUPPLEMENT("request-supplement"), SUPPLEMENT("supplement"), START_REVIEW(
            "start-review"), APPROVE("approve"), DENY("deny"), FILE("file"), WITHDRAW("withdraw"), TRANSFER("transfer");

    private final String path;

    ApplicationAction(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
