package org.townreform.license.application;

import java.time.LocalDate;
import java.util.List;

import org.townreform.common.time.WorkingDayCalendar;

/**
 * The time limits of an application (SPEC §4.3), computed when read so a provisional deadline becomes final once its
 * year's calendar is loaded. Pure: give it the case's dates and a calendar.
 * <ul>
 * <li>Acceptance (Administrative Licensing Law art. 32): the centre has {@code acceptanceDays} working days from
 * submission to accept, refuse or send the one-time supplement notice. When it has done none of these by then, the
 * application counts as accepted on the day it was submitted, and the decision clock runs from that day.</li>
 * <li>Decision: {@code promisedDays} working days from acceptance (the day of acceptance not counted), not counting the
 * working days spent waiting for a supplement (art. 82).</li>
 * <li>A supplement pause runs from the day after the notice up to and including the day the applicant supplements; while
 * it lasts, the deadline moves with it.</li>
 * <li>Light: red once past the deadline, yellow once {@code yellowPercent} of the time is used, else green.</li>
 * </ul>
 */
public final class CaseClock {
    private CaseClock() {
    }

    /** Which clock runs: the acceptance window, the decision time limit, or none (the case has ended). */
    public enum Phase {
        ACCEPTANCE, DECISION, ENDED
    }

    /** Waiting for a supplement from {@code from}; {@code to} is null while still waiting. */
    public record Pause(LocalDate from, LocalDate to) {
    }

    /**
     * A case's dates: {@code acceptedOn} null until accepted; {@code endedOn} the day it ended (decision, refusal,
     * withdrawal, transfer) or null while open; {@code awaitingAcceptance} true while not yet accepted nor refused.
     */
    public record Case(LocalDate submittedOn, LocalDate acceptedOn, boolean deemedAccepted, boolean awaitingAcceptance,
            LocalDate endedOn, int promisedDays, List<Pause> pauses) {
    }

    public record Rules(int acceptanceDays, int yellowPercent) {
    }

    /**
     * @param deadline the end of the running clock (acceptance window or decision limit); for ended cases the decision
     *        limit when the case was accepted
     * @param workingDaysLeft null for ended cases; negative when overdue
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

        int pausedBeforeAcceptance = pausedSince(c.submittedOn(), c.acceptedOn(), c.pauses(), upTo, cal);
        WorkingDayCalendar.Deadline acceptanceDue = cal.workingDaysAfter(c.submittedOn(),
                rules.acceptanceDays() + pausedBeforeAcceptance);

        LocalDate clockStart = c.acceptedOn();
        boolean deemed = false;
        if (clockStart == null && c.awaitingAcceptance() && upTo.isAfter(acceptanceDue.date())) {
            clockStart = c.submittedOn();
            deemed = true;
        }

        if (clockStart == null) {
            if (!open || !c.awaitingAcceptance()) {
                // ended before acceptance (refused, withdrawn, transferred): no decision clock
                return new Reading(Phase.ENDED, acceptanceDue.date(), false, null, null, acceptanceDue.provisional(),
                        null, null, pausedBeforeAcceptance, false, null, false);
            }
            int used = Math.max(0, cal.workingDaysBetween(c.submittedOn(), upTo) - pausedBeforeAcceptance);
            int total = rules.acceptanceDays();
            return new Reading(Phase.ACCEPTANCE, acceptanceDue.date(), false, null, acceptanceDue.date(),
                    acceptanceDue.provisional(), used, total - used, pausedBeforeAcceptance, paused,
                    light(used, total, upTo.isAfter(acceptanceDue.date()), rules), false);
        }

        int pausedInDecision = pausedSince(clockStart, null, c.pauses(), upTo, cal);
        WorkingDayCalendar.Deadline deadline = cal.workingDaysAfter(clockStart, c.promisedDays() + pausedInDecision);
        boolean late = upTo.isAfter(deadline.date());
        if (!open) {
            return new Reading(Phase.ENDED, acceptanceDue.date(), deemed || c.deemedAccepted(), clockStart, deadline.date(),
                    deadline.provisional(), usedSince(clockStart, upTo, pausedInDecision, cal), null, pausedInDecision,
                    false, null, late);
        }
        int used = usedSince(clockStart, upTo, pausedInDecision, cal);
        return new Reading(Phase.DECISION, acceptanceDue.date(), deemed || c.deemedAccepted(), clockStart, deadline.date(),
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

    /**
     * Working days paused by supplements that began on or after {@code start} (and before {@code before} when given),
     * counted up to {@code upTo} for a pause still running.
     */
    private static int pausedSince(LocalDate start, LocalDate before, List<Pause> pauses, LocalDate upTo,
            WorkingDayCalendar cal) {
        int total = 0;
        for (Pause p : pauses) {
            if (p.from().isBefore(start) || (before != null && !p.from().isBefore(before))) {
                continue;
            }
            LocalDate end = p.to() == null || p.to().isAfter(upTo) ? upTo : p.to();
            total += cal.workingDaysBetween(p.from(), end);
        }
        return total;
    }
}
