package org.townreform.personnel.limits;

import java.time.LocalDate;

/**
 * Something held over a span of days — a post, a quota slot, an office — from {@code startedOn} (included; {@code null}:
 * since before any recorded day) to {@code endedOn} (excluded; {@code null}: still held). Held on a day means
 * {@code startedOn ≤ day < endedOn}.
 */
public record Held(LocalDate startedOn, LocalDate endedOn) {

    public static Held from(LocalDate startedOn) {
        return new Held(startedOn, null);
    }

    public boolean heldOn(LocalDate day) {
        return (startedOn == null || !day.isBefore(startedOn)) && (endedOn == null || day.isBefore(endedOn));
    }
}
