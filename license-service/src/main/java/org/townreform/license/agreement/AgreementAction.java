package org.townreform.license.agreement;

import java.util.Map;
import java.util.Optional;

/** What a department may do to its agreement; the allowed transitions are declared here and nowhere else. */
public enum AgreementAction {
    SUSPEND("suspend", Map.of(AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED)), REVOKE("revoke",
            Map.of(AgreementStatus.ACTIVE, AgreementStatus.REVOKED, AgreementStatus.SUSPENDED,
                    AgreementStatus.REVOKED)), REINSTATE("reinstate",
                            Map.of(AgreementStatus.SUSPENDED, AgreementStatus.ACTIVE));

    private final String path;
    private final Map<AgreementStatus, AgreementStatus> transitions;

    AgreementAction(String path, Map<AgreementStatus, AgreementStatus> transitions) {
        this.path = path;
        this.transitions = transitions;
    }

    public String path() {
        return path;
    }

    /** The recorded status after this action from {@code from}, or empty when the action is not allowed there. */
    public Optional<AgreementStatus> from(AgreementStatus from) {
        return Optional.ofNullable(transitions.get(from));
    }
}
