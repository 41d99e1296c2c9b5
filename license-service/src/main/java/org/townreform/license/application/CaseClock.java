package org.townreform.license.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.townreform.common.time.WorkingDayCalendar;

/**
 * The time limits of an application, computed when read so a provisional deadline becomes final once its year's
 * calendar is loaded. Pure: give it the case's dates and a calendar.
 * <ul>
 * <li>Acceptance (Administrative Licensing Law art. 32 para. 1 (4)): the centre has {@code acceptanceDays} working days
 * from submission to accept, refuse or send the one-time supplement notice. When it has done none of these by then, the
 * application counts as accepted on the day it was submitted, and the decision clock runs from that day.</li>
 * <li>A notice sent within those days ends that rule for the case: the application is never "deemed accepted" on the
 * submission day afterwards. It is accepted on the day the complete supplement arrives (art. 32 para. 1 (5): 提交全部补正
 * 申请材料的, 应当受理), and the decision clock runs from that day. While the applicant has not supplemented, no clock of
 * the centre runs (no deadline, the light stays green). A supplement that leaves something of the notice missing is not
 * an acceptance: the centre accepts or refuses it within a new {@code acceptanceDays} working days from the supplement
 * (red when it has not), without any deemed acceptance.</li>
 * <li>Decision: {@code promisedDays} working days from acceptance (the day of acceptance not counted), not counting the
 * working days spent waiting for a supplement asked for during review (art. 82).</li>
 * <li>A supplement pause runs from the day after the notice up to and including the day the applicant supplements; while
 * a pause during review lasts, the deadline moves with it.</li>
 * <li>Light: red once past the deadline, yellow once {@code yellowPercent} of the time is used, else green.</li>
 * </ul>
 */
public final class CaseClock {
    private CaseClock() {
    }

    /** Which clock runs: the acceptance window, the decision time limit, or none (the case has ended). */
    @Description("Which clock of a case runs")
    public enum Phase {
        @Description("Before acceptance: the acceptance window (art. 32, license.acceptance-working-days, default 5 working days) runs, or the centre waits for a supplement it asked for in time")
        ACCEPTANCE, @Description("After acceptance: the decision time limit (promisedDays working days from acceptance) runs")
        DECISION, @Description("The case has ended; no clock runs")
        ENDED
    }

    /**
     * Waiting for a supplement from {@code from}; {@code to} is null while still waiting. {@code beforeAcceptance}: the
     * notice was the answer to the submission (sent before acceptance), not a notice during review.
     */
    public record Pause(LocalDate from, LocalDate to, boolean beforeAcceptance) {
        /** A pause during review. */
        public Pause(LocalDate from, LocalDate to) {
            this(from, to, false);
        }
    }

    /**
     * A case's dates: {@code acceptedOn} null until accepted; {@code endedOn} the day it ended (decision, refusal,
     * withdrawal, transfer) or null while open; {@code awaitingAcceptance} true while not yet accepted nor refused.
     */
    public record Case(LocalDate submittedOn, LocalDate acceptedOn, boolean deemedAccepted, boolean awaitingAcceptance,
            LocalDate endedOn, int promisedDays, List<Pause> pauses) {
    }

    /**
     * The clock inputs of an application as stored, the one translation the case views and the licensing views share:
     * {@code endedOn} the decision day or the day it ended early, null while open.
     */
    public static Case of(ApplicationState state, LocalDate submittedOn, LocalDate acceptedOn, boolean deemedAccepted,
            LocalDate supplementRequestedOn, LocalDate supplementedOn, ApplicationState supplementResumeState,
            LocalDate endedOn, int promisedDays) {
        List<Pause> pauses = new ArrayList<>();
        if (supplementRequestedOn != null) {
            pauses.add(new Pause(supplementRequestedOn, supplementedOn,
                    supplementResumeState == ApplicationState.SUBMITTED));
        }
        boolean awaiting = acceptedOn == null && (state == ApplicationState.SUBMITTED
                || (state == ApplicationState.SUPPLEMENT_REQUESTED
                        && supplementResumeState == ApplicationState.SUBMITTED));
        return new Case(submittedOn, acceptedOn, deemedAccepted, awaiting, endedOn, promisedDays, pauses);
    }

    public record Rules(int acceptanceDays, int yellowPercent) {
    }

    /**
     * @param acceptanceDue the last day of the acceptance window: from submission, or from an incomplete supplement
     * @param deadline the end of the running clock (acceptance window or decision limit); null while the applicant's
     *        supplement before acceptance is awaited; for ended cases the decision limit when the case was accepted
     * @param workingDaysLeft null for ended cases and while a supplement before acceptance is awaited; negative when
     *        overdue
     * @param light null for ended cases
     * @param overdue open: past the deadline on asOf; ended: decided after the deadline
     */
    public record Reading(Phase phase, LocalDate acceptanceDue, boolean deemedAccepted, LocalDate clockStart,
            LocalDate deadline, boolean provisional, Integer workingDaysUsed, Integer workingDaysLeft,
            int pausedWorkingDays, boolean paused, Light light, boolean overdue) {
    }

    public static Reading read(Case c, LocalDate asOf, WorkingDayCalendar cal, Rules rules) {
        boolean open = c.endedOn() == null;
        LocalDate upTo = open ? asOf : c.endedOn();
        boolean paused = open && c.pauses().stream().anyMatch(p -> p.to() == null && !p.from().isAfter(upTo));

        WorkingDayCalendar.Deadline window = cal.workingDaysAfter(c.submittedOn(), rules.acceptanceDays());
        // art. 32 (4): only a notice sent within the window keeps the application from counting as accepted
        Pause notice = c.pauses().stream()
                .filter(p -> p.beforeAcceptance() && !p.from().isAfter(upTo) && !p.from().isAfter(window.date()))
                .findFirst().orElse(null);

        LocalDate clockStart = c.acceptedOn();
        boolean deemed = false;
        if (clockStart == null && c.awaitingAcceptance() && notice == null && upTo.isAfter(window.date())) {
            clockStart = c.submittedOn();
            deemed = true;
        }

        if (clockStart == null) {
            int pausedBeforeAcceptance = notice == null ? 0 : pausedDays(notice, upTo, cal);
            if (!open || !c.awaitingAcceptance()) {
                // ended before acceptance (refused, withdrawn, transferred): no decision clock
                return new Reading(Phase.ENDED, window.date(), false, null, null, window.provisional(), null, null,
                        pausedBeforeAcceptance, false, null, false);
            }
            int total = rules.acceptanceDays();
            if (notice == null) {
                int used = cal.workingDaysBetween(c.submittedOn(), upTo);
                return new Reading(Phase.ACCEPTANCE, window.date(), false, null, window.date(), window.provisional(),
                        used, total - used, 0, paused, light(used, total, false, rules), false);
            }
            if (notice.to() == null || notice.to().isAfter(upTo)) {
                // the applicant's turn: the centre answered in time and waits; nothing of its own runs
                return new Reading(Phase.ACCEPTANCE, window.date(), false, null, null, window.provisional(),
                        cal.workingDaysBetween(c.submittedOn(), notice.from()), null, pausedBeforeAcceptance, true,
                        Light.GREEN, false);
            }
            // supplemented, but not everything the notice asked for: accept or refuse within a new window
            WorkingDayCalendar.Deadline again = cal.workingDaysAfter(notice.to(), total);
            int used = cal.workingDaysBetween(notice.to(), upTo);
            boolean late = upTo.isAfter(again.date());
            return new Reading(Phase.ACCEPTANCE, again.date(), false, null, again.date(), again.provisional(), used,
                    total - used, pausedBeforeAcceptance, false, light(used, total, late, rules), late);
        }

        int pausedInDecision = pausedSince(clockStart, c.pauses(), upTo, cal);
        WorkingDayCalendar.Deadline deadline = cal.workingDaysAfter(clockStart, c.promisedDays() + pausedInDecision);
        boolean late = upTo.isAfter(deadline.date());
        if (!open) {
            return new Reading(Phase.ENDED, window.date(), deemed || c.deemedAccepted(), clockStart, deadline.date(),
                    deadline.provisional(), usedSince(clockStart, upTo, pausedInDecision, cal), null, pausedInDecision,
                    false, null, late);
        }
        int used = usedSince(clockStart, upTo, pausedInDecision, cal);
        return new Reading(Phase.DECISION, window.date(), deemed || c.deemedAccepted(), clockStart, deadline.date(),
                deadline.provisional(), used, c.promisedDays() - used, pausedInDecision, paused,
                light(used, c.promisedDays(), late, rules), late);
    }

    private static int usedSince(LocalDate start, LocalDate upTo, int paused, WorkingDayCalendar cal) {
        return Math.max(0, cal.workingDaysBetween(start, upTo) - paused);
    }

    /** Light for {@code used} of {@code total} working days; red when past the deadline. */
    static Light light(int used, int total, boolean late, Rules rules) {
        if (late) {
            return Light.RED;
        }
        return (long) used * 100 >= (long) rules.yellowPercent() * total ? Light.YELLOW : Light.GREEN;
    }

    /** Working days a pause has lasted up to {@code upTo} (the day of the notice not counted). */
    private static int pausedDays(Pause p, LocalDate upTo, WorkingDayCalendar cal) {
        LocalDate end = p.to() == null || p.to().isAfter(upTo) ? upTo : p.to();
        return cal.workingDaysBetween(p.from(), end);
    }

    /** Working days paused by supplements asked for on or after {@code start}, counted up to {@code upTo}. */
    private static int pausedSince(LocalDate start, List<Pause> pauses, LocalDate upTo, WorkingDayCalendar cal) {
        int total = 0;
        for (Pause p : pauses) {
            if (!p.from().isBefore(start)) {
                total += pausedDays(p, upTo, cal);
            }
        }
        return total;
    }
}
