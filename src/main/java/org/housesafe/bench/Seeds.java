package org.housesafe.bench;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Seeds for the independent generators of the synthetic city: each town, block and building
 * gets its own, derived from the run's seed, so one building's values never shift when another
 * changes and any building can be regenerated alone.
 */
final class Seeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** A well-mixed seed from a base and any number of parts (SplitMix64 finaliser). */
    static long mix(long base, long... parts) {
        long h = base;
        for (long p : parts) {
            h = finish(h * GOLDEN + p);
        }
        return finish(h);
    }

    /** The id of the building at {@code index}: a name-based UUID, the same on every run. */
    static UUID buildingId(long seed, long index) {
        return UUID.nameUUIDFromBytes(("housesafe-bench/" + seed + "/" + index).getBytes(StandardCharsets.UTF_8));
    }

    private static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
