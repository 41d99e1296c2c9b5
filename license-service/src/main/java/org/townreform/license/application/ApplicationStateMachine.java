package org.townreform.license.application;

import static org.townreform.license.application.ApplicationAction.ACCEPT;
import static org.townreform.license.application.ApplicationAction.APPROVE;
import static org.townreform.license.application.ApplicationAction.DENY;
import static org.townreform.license.application.ApplicationAction.FILE;
import static org.townreform.license.application.ApplicationAction.REJECT;
import static org.townreform.license.application.ApplicationAction.REQUEST_SUPPLEMENT;
import static org.townreform.license.application.ApplicationAction.START_REVIEW;
import static org.townreform.license.application.ApplicationAction.SUPPLEMENT;
import static org.townreform.license.application.ApplicationAction.TRANSFER;
import static org.townreform.license.application.ApplicationAction.WITHDRAW;
import static org.townreform.license.application.ApplicationState.ACCEPTED;
import static org.townreform.license.application.ApplicationState.APPROVED;
import static org.townreform.license.application.ApplicationState.DENIED;
import static org.townreform.license.application.ApplicationState.FILED;
import static org.townreform.license.application.ApplicationState.NOT_ACCEPTED;
import static org.townreform.license.application.ApplicationState.SUBMITTED;
import static org.townreform.license.application.ApplicationState.SUPPLEMENT_REQUESTED;
import static org.townreform.license.application.ApplicationState.TRANSFERRED;
import static org.townreform.license.application.ApplicationState.UNDER_REVIEW;
import static org.townreform.license.application.ApplicationState.WITHDRAWN;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.townreform.common.error.ProblemException;
import org.townreform.common.error.Problems;

/**
 * The application workflow of SPEC §4.3, declared in one table:
 *
 * <pre>
 * SUBMITTED ── accept ──────────────▶ ACCEPTED ── start-review ──▶ UNDER_REVIEW ── approve ──▶ APPROVED ─┐
 *     │  ├──── reject ──────────────▶ NOT_ACCEPTED                   │  └────── deny ─────▶ DENIED ───┴─ file ─▶ FILED
 *     │  └──── request-supplement ─▶ SUPPLEMENT_REQUESTED ◀── request-supplement ─┘
 *     │                                  ├── supplement ─▶ back to the state the notice interrupted
 *     │                                  └── supplement, complete, notice before acceptance ─▶ ACCEPTED
 *     └ any open state ── withdraw ─▶ WITHDRAWN, ── transfer ─▶ TRANSFERRED
 * </pre>
 *
 * The supplement notice (一次性告知) is one per application; that rule is the service's, as it needs the history. A
 * supplement that hands in everything a notice sent before acceptance asked for is the acceptance (Administrative
 * Licensing Law art. 32 para. 1 (5)): {@link #afterSupplement}.
 */
public final class ApplicationStateMachine {
    /** Where an action leads: a fixed state, or back to the state the supplement notice interrupted. */
    private record Target(ApplicationState state) {
        static final Target RESUME = new Target(null);
    }

    private static final Map<ApplicationState, Map<ApplicationAction, Target>> TRANSITIONS = new EnumMap<>(
            ApplicationState.class);

    static {
        allow(SUBMITTED, ACCEPT, ACCEPTED);
        allow(SUBMITTED, REJECT, NOT_ACCEPTED);
        allow(SUBMITTED, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
        allow(SUPPLEMENT_REQUESTED, SUPPLEMENT, null);
        allow(ACCEPTED, START_REVIEW, UNDER_REVIEW);
        allow(UNDER_REVIEW, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
        allow(UNDER_REVIEW, APPROVE, APPROVED);
        allow(UNDER_REVIEW, DENY, DENIED);
        allow(APPROVED, FILE, FILED);
        allow(DENIED, FILE, FILED);
        for (ApplicationState open : ApplicationState.OPEN) {
            allow(open, WITHDRAW, WITHDRAWN);
            allow(open, TRANSFER, TRANSFERRED);
        }
    }

    private ApplicationStateMachine() {
    }

    private static void allow(ApplicationState from, ApplicationAction action, ApplicationState to) {
        TRANSITIONS.computeIfAbsent(from, f -> new EnumMap<>(ApplicationAction.class)).put(action,
                to == null ? Target.RESUME : new Target(to));
    }

    public static boolean allows(ApplicationState from, ApplicationAction action) {
        return TRANSITIONS.getOrDefault(from, Map.of()).containsKey(action);
    }

    /**
     * The state after {@code action} from {@code from}; {@code interrupted} is the state a pending supplement notice
     * interrupted (used by {@code supplement} only). Throws 409 {@code ILLEGAL_TRANSITION} when not allowed.
     */
    public static ApplicationState next(ApplicationState from, ApplicationAction action, ApplicationState interrupted) {
        Target t = Optional.ofNullable(TRANSITIONS.getOrDefault(from, Map.of()).get(action))
                .orElseThrow(() -> illegal(from, action));
        if (t.state() != null) {
            return t.state();
        }
        if (interrupted == null) {
            throw illegal(from, action);
        }
        return interrupted;
    }

    /**
     * Where a supplement leads from the state its notice {@code interrupted}: back there, except that a {@code complete}
     * supplement to a notice sent before acceptance makes the application ACCEPTED (提交全部补正申请材料的, 应当受理).
     */
    public static ApplicationState afterSupplement(ApplicationState interrupted, boolean complete) {
        ApplicationState back = next(SUPPLEMENT_REQUESTED, SUPPLEMENT, interrupted);
        return back == SUBMITTED && complete ? ACCEPTED : back;
    }

    private static ProblemException illegal(ApplicationState from, ApplicationAction action) {
        return Problems.illegalTransition("Application", from, action.path());
    }
}
