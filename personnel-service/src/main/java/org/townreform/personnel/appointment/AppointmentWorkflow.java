package org.townreform.personnel.appointment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.townreform.common.error.ProblemException;
import org.townreform.common.error.Problems;

/**
 * The appointment workflow of SPEC §2.4, all in one place: DRAFT → CONSULTATION (opinion AGREE / DISAGREE) → if DISAGREE
 * COORDINATION (proceed or withdraw) → DECIDED → PUBLIC_NOTICE → EFFECTIVE, or WITHDRAWN before EFFECTIVE. A case needing
 * no consultation (a town unit without a superior department) goes from DRAFT straight to DECIDED. Anything else —
 * a skipped step, a second opinion, deciding against an open disagreement — is an illegal transition (409).
 * <p>
 * Pure: no persistence, no clock.
 */
public final class AppointmentWorkflow {

    /** The facts of a case that transitions depend on. */
    public record Facts(AppointmentStatus status, boolean consultationRequired, Opinion opinion,
            CoordinationOutcome coordinationOutcome) {
    }

    private record Transition(AppointmentStatus from, AppointmentAction action, Predicate<Facts> guard,
            String guardText, AppointmentStatus to) {
    }

    private static final Predicate<Facts> ALWAYS = f -> true;

    private static final List<Transition> TRANSITIONS = List.of(
            new Transition(AppointmentStatus.DRAFT, AppointmentAction.CONSULT, Facts::consultationRequired,
                    "the unit has no superior department or party to consult", AppointmentStatus.CONSULTATION),
            new Transition(AppointmentStatus.DRAFT, AppointmentAction.DECIDE, f -> !f.consultationRequired(),
                    "the consulted side must give its opinion first (consult)", AppointmentStatus.DECIDED),
            new Transition(AppointmentStatus.CONSULTATION, AppointmentAction.OPINION_AGREE, f -> f.opinion() == null,
                    "the opinion is already recorded", AppointmentStatus.CONSULTATION),
            new Transition(AppointmentStatus.CONSULTATION, AppointmentAction.OPINION_DISAGREE,
                    f -> f.opinion() == null, "the opinion is already recorded", AppointmentStatus.COORDINATION),
            new Transition(AppointmentStatus.CONSULTATION, AppointmentAction.DECIDE,
                    f -> f.opinion() == Opinion.AGREE, "the consulted side has not given its opinion yet",
                    AppointmentStatus.DECIDED),
            new Transition(AppointmentStatus.COORDINATION, AppointmentAction.COORDINATE_PROCEED,
                    f -> f.coordinationOutcome() == null, "the coordination outcome is already recorded",
                    AppointmentStatus.COORDINATION),
            new Transition(AppointmentStatus.COORDINATION, AppointmentAction.COORDINATE_WITHDRAW,
                    f -> f.coordinationOutcome() == null, "the coordination outcome is already recorded",
                    AppointmentStatus.WITHDRAWN),
            new Transition(AppointmentStatus.COORDINATION, AppointmentAction.DECIDE,
                    f -> f.coordinationOutcome() == CoordinationOutcome.PROCEED,
                    "the county organisation department has not let the case proceed", AppointmentStatus.DECIDED),
            new Transition(AppointmentStatus.DECIDED, AppointmentAction.PUBLISH_NOTICE, ALWAYS, "",
                    AppointmentStatus.PUBLIC_NOTICE),
            new Transition(AppointmentStatus.PUBLIC_NOTICE, AppointmentAction.MAKE_EFFECTIVE, ALWAYS, "",
                    AppointmentStatus.EFFECTIVE),
            withdraw(AppointmentStatus.DRAFT),
            withdraw(AppointmentStatus.CONSULTATION),
            withdraw(AppointmentStatus.COORDINATION),
            withdraw(AppointmentStatus.DECIDED),
            withdraw(AppointmentStatus.PUBLIC_NOTICE));

    private AppointmentWorkflow() {
    }

    private static Transition withdraw(AppointmentStatus from) {
        return new Transition(from, AppointmentAction.WITHDRAW, ALWAYS, "", AppointmentStatus.WITHDRAWN);
    }

    /** The state after {@code action}, or 409 {@code ILLEGAL_TRANSITION} saying why it is not allowed now. */
    public static AppointmentStatus next(Facts facts, AppointmentAction action) {
        String why = null;
        for (Transition t : TRANSITIONS) {
            if (t.from() == facts.status() && t.action() == action) {
                if (t.guard().test(facts)) {
                    return t.to();
                }
                why = t.guardText();
            }
        }
        ProblemException base = Problems.illegalTransition("Appointment case", facts.status(), actionName(action));
        if (why == null) {
            return fail(base);
        }
        return fail(new ProblemException(base.status(), base.code(), base.title(), base.detail() + ": " + why));
    }

    private static AppointmentStatus fail(ProblemException e) {
        throw e;
    }

    /** The actions allowed now (shown on the case so clients know the next steps). */
    public static List<AppointmentAction> allowed(Facts facts) {
        List<AppointmentAction> out = new ArrayList<>();
        for (Transition t : TRANSITIONS) {
            if (t.from() == facts.status() && t.guard().test(facts) && !out.contains(t.action())) {
                out.add(t.action());
            }
        }
        return out;
    }

    /** The REST sub-path of an action. */
    public static String actionName(AppointmentAction action) {
        return switch (action) {
            case CONSULT -> "consult";
            case OPINION_AGREE, OPINION_DISAGREE -> "opinion";
            case COORDINATE_PROCEED, COORDINATE_WITHDRAW -> "coordinate";
            case DECIDE -> "decide";
            case PUBLISH_NOTICE -> "publish-notice";
            case MAKE_EFFECTIVE -> "make-effective";
            case WITHDRAW -> "withdraw";
        };
    }
}
