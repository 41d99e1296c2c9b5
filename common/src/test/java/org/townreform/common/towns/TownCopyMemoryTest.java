package org.townreform.common.towns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The copy of the town registry in memory: what readers see of the pages the follower applies. */
class TownCopyMemoryTest {

    @Test
    void anEmptyCopyKnowsNoTownAndWasNeverReadToItsEnd() {
        TownCopy copy = new TownCopy();
        assertThat(copy.name("441900113")).isNull();
        assertThat(copy.readToEnd()).isNull();
        assertThat(copy.cursor()).isNull();
        assertThat(copy.size()).isZero();
    }

    @Test
    void aPageAddsItsTownsAndALaterNameReplacesAnEarlierOne() {
        TownCopy copy = new TownCopy();
        Instant end = Instant.parse("2026-03-02T01:00:00Z");
        copy.apply(Map.of("441900126", "茶山镇"), "c1", null);
        assertThat(copy.name("441900126")).isEqualTo("茶山镇");
        assertThat(copy.readToEnd()).as("not at the end yet").isNull();
        Map<String, String> page = new LinkedHashMap<>();
        page.put("441900126", "茶山街道");
        page.put("441900113", "石龙镇");
        copy.apply(page, "c3", end);
        assertThat(copy.name("441900126")).isEqualTo("茶山街道");
        assertThat(copy.size()).isEqualTo(2);
        assertThat(copy.cursor()).isEqualTo("c3");
        assertThat(copy.readToEnd()).isEqualTo(end);
        // a page in the middle of a later read keeps the time it was last read to its end
        copy.apply(Map.of(), "c4", null);
        assertThat(copy.readToEnd()).isEqualTo(end);
        assertThat(copy.cursor()).isEqualTo("c4");
    }

    @Test
    void loadingTheStoredCopyReplacesWhatWasInMemory() {
        TownCopy copy = new TownCopy();
        copy.apply(Map.of("441900126", "茶山街道", "441900113", "石龙镇"), "c3", Instant.now());
        copy.replace(Map.of("441900126", "茶山镇"), "c1", null);
        assertThat(copy.name("441900113")).isNull();
        assertThat(copy.name("441900126")).isEqualTo("茶山镇");
        assertThat(copy.cursor()).isEqualTo("c1");
        assertThat(copy.readToEnd()).isNull();
    }
}
