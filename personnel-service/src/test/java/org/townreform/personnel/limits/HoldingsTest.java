package org.townreform.personnel.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HoldingsTest {
    private static final LocalDate D1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate D2 = LocalDate.of(2026, 4, 1);
    private static final LocalDate D3 = LocalDate.of(2026, 5, 1);

    @Test
    void heldMeansFromTheStartUpToButNotIncludingTheEnd() {
        Held h = new Held(D1, D2);
        assertTrue(h.heldOn(D1));
        assertTrue(h.heldOn(D2.minusDays(1)));
        assertEquals(false, h.heldOn(D2));
        assertEquals(false, h.heldOn(D1.minusDays(1)));
        assertTrue(new Held(null, D2).heldOn(LocalDate.of(1950, 1, 1)));
        assertTrue(Held.from(D1).heldOn(LocalDate.of(2200, 1, 1)));
    }

    @Test
    void anAppointmentTheDayBeforeARemovalTakesEffectFindsThePostStillHeld() {
        // one post, held by A until the removal effective on D2
        List<Held> a = List.of(new Held(LocalDate.of(2020, 1, 1), D2));
        assertEquals(new Holdings.Excess(D1, 1, 1), Holdings.firstExcess(D1, a, 1, Limit.constant(1)).orElseThrow());
        assertTrue(Holdings.firstExcess(D2, a, 1, Limit.constant(1)).isEmpty());
        assertTrue(Holdings.firstExcess(D3, a, 1, Limit.constant(1)).isEmpty());
    }

    @Test
    void anAppointmentAlreadyEffectiveOnALaterDayCountsFromThatDay() {
        // C holds from D3 on (effective later than the change checked), the post is free before
        List<Held> c = List.of(Held.from(D3));
        assertEquals(new Holdings.Excess(D3, 1, 1), Holdings.firstExcess(D1, c, 1, Limit.constant(1)).orElseThrow());
        // ... and even when C's post has ended again since, the days D3..end would have two holders
        List<Held> ended = List.of(new Held(D3, D3.plusDays(10)));
        assertEquals(D3, Holdings.firstExcess(D1, ended, 1, Limit.constant(1)).orElseThrow().day());
        // a holding over before the day of effect does not count
        assertTrue(Holdings.firstExcess(D3.plusDays(10), ended, 1, Limit.constant(1)).isEmpty());
    }

    @Test
    void theCountIsTheMostHeldOnAnyDayFromTheDayOfEffect() {
        // two posts: X until D2, Y from D3: never two at once, so one more fits
        List<Held> xy = List.of(new Held(null, D2), Held.from(D3));
        assertTrue(Holdings.firstExcess(D1, xy, 1, Limit.constant(2)).isEmpty());
        // but two more do not: on D1 X and the two new ones would be three
        assertEquals(new Holdings.Excess(D1, 1, 2), Holdings.firstExcess(D1, xy, 2, Limit.constant(2)).orElseThrow());
        // from D2 on: nothing held until D3, then Y: two more pass on D2 and fail on D3
        assertEquals(new Holdings.Excess(D3, 1, 2), Holdings.firstExcess(D2, xy, 2, Limit.constant(2)).orElseThrow());
    }

    @Test
    void aLimitThatFallsLaterIsCheckedOnTheDayItFalls() {
        Limit limit = Limit.of(2, Map.of(D2, 0, D3, 3));
        assertEquals(2, limit.on(D1));
        assertEquals(0, limit.on(D2));
        assertEquals(3, limit.on(D3));
        assertEquals(new Holdings.Excess(D2, 0, 0), Holdings.firstExcess(D1, List.of(), 1, limit).orElseThrow());
        assertTrue(Holdings.firstExcess(D3, List.of(), 3, limit).isEmpty());
        // a limit that rises later does not help on an earlier day
        assertEquals(D1, Holdings.firstExcess(D1, List.of(), 3, Limit.of(2, Map.of(D3, 5))).orElseThrow().day());
    }

    @Test
    void nothingToAddAlwaysFitsAnUnexceededLimit() {
        assertTrue(Holdings.firstExcess(D1, List.of(Held.from(D1)), 0, Limit.constant(1)).isEmpty());
        assertEquals(0, Holdings.heldOn(D1, List.of()));
    }
}
