package org.townreform.common.paging;

/**
 * How many towns one batch read may name: the gateway asks each service about every town of a dashboard in one call
 * ({@code _entities}, {@code @Source} lists), so one county dashboard can cover a province (about 1,000 to 2,000
 * towns). The services read a batch with a fixed number of queries whatever its size; the cap only refuses requests
 * no dashboard makes.
 */
public final class TownBatches {
    /** The most towns of one batch read. */
    public static final int MAX = 5_000;

    private TownBatches() {
    }
}
