package org.housesafe.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The blocks of one synthetic town on a square grid of 200 m blocks and 12 m roads about its
 * centre. The town is a disc just large enough to hold its houses, dense in the middle and
 * thinning out to the edge ({@link Density#at}); blocks fill from the centre outwards, so only
 * the last block is partly built.
 */
final class TownLayout {
    /** Block {@code (i, j)} covers {@code [i·PITCH + ROAD/2, i·PITCH + ROAD/2 + BLOCK]} east, likewise north. */
    static final double PITCH_M = CityPlan.BLOCK_M + CityPlan.ROAD_M;

    /** A block and the number of houses built in it. */
    record Block(int i, int j, Density density, int houses) {
        double centreX() {
            return (i + 0.5) * PITCH_M;
        }

        double centreY() {
            return (j + 0.5) * PITCH_M;
        }

        /** West and south edge of the built area. */
        double minX() {
            return i * PITCH_M + CityPlan.ROAD_M / 2;
        }

        double minY() {
            return j * PITCH_M + CityPlan.ROAD_M / 2;
        }
    }

    private TownLayout() {
    }

    /**
     * The blocks of a town of {@code houses} houses, in filling order (nearest the centre first).
     *
     * @param city the central city: a larger dense core than a county town's
     */
    static List<Block> of(long townSeed, int houses, boolean city) {
        double radius = radius(townSeed, houses, city);
        int reach = (int) Math.ceil(radius / PITCH_M) + 1;
        List<Block> candidates = new ArrayList<>();
        for (int j = -reach; j < reach; j++) {
            for (int i = -reach; i < reach; i++) {
                Block b = new Block(i, j, null, 0);
                double d = Math.hypot(b.centreX(), b.centreY());
                if (d <= radius) {
                    candidates.add(new Block(i, j, Density.at(d / radius, city, draw(townSeed, i, j)), 0));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Block b) -> Math.hypot(b.centreX(), b.centreY()))
                .thenComparingInt(Block::j).thenComparingInt(Block::i));
        List<Block> out = new ArrayList<>();
        int left = houses;
        for (Block b : candidates) {
            if (left == 0) {
                break;
            }
            int built = Math.min(left, b.density().lots());
            out.add(new Block(b.i(), b.j(), b.density(), built));
            left -= built;
        }
        if (left > 0) {
            throw new IllegalStateException("town layout: " + left + " houses found no lot");
        }
        return out;
    }

    /** The smallest radius whose blocks hold {@code houses}: the capacity grows with the radius. */
    private static double radius(long townSeed, int houses, boolean city) {
        double hi = PITCH_M;
        while (capacity(townSeed, hi, city) < houses) {
            hi *= 2;
        }
        double lo = 0;
        for (int k = 0; k < 40; k++) {
            double mid = (lo + hi) / 2;
            if (capacity(townSeed, mid, city) >= houses) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static long capacity(long townSeed, double radius, boolean city) {
        int reach = (int) Math.ceil(radius / PITCH_M) + 1;
        long lots = 0;
        for (int j = -reach; j < reach; j++) {
            for (int i = -reach; i < reach; i++) {
                double d = Math.hypot((i + 0.5) * PITCH_M, (j + 0.5) * PITCH_M);
                if (d <= radius) {
                    lots += Density.at(d / radius, city, draw(townSeed, i, j)).lots();
                }
            }
        }
        return lots;
    }

    /** The block's own draw in [0, 1): the same whatever the radius being tried. */
    private static double draw(long townSeed, int i, int j) {
        return new SplittableRandom(Seeds.mix(townSeed, i, j)).nextDouble();
    }
}
