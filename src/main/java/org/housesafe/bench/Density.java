package org.housesafe.bench;

/**
 * How built-up a block of a synthetic town is: the square lot each house stands in, the range
 * of its sides (6–40 m overall) and of its storeys. A 200 m block of {@link #CORE} holds 324
 * houses, as dense as an urban village (城中村); {@link #INDUSTRIAL} holds 16 sheds and halls.
 */
enum Density {
    CORE(11, 6, 9.5, 3, 7),
    DENSE(14, 6, 12.5, 2, 6),
    SUBURBAN(22, 8, 20, 2, 4),
    RURAL(30, 8, 27, 1, 3),
    INDUSTRIAL(45, 18, 40, 1, 2);

    final double lot;
    final double minSide;
    final double maxSide;
    final int minFloors;
    final int maxFloors;

    Density(double lot, double minSide, double maxSide, int minFloors, int maxFloors) {
        this.lot = lot;
        this.minSide = minSide;
        this.maxSide = maxSide;
        this.minFloors = minFloors;
        this.maxFloors = maxFloors;
    }

    /** Lots along one side of a block. */
    int perSide() {
        return (int) (CityPlan.BLOCK_M / lot);
    }

    int lots() {
        return perSide() * perSide();
    }

    /**
     * The density of a block at {@code d}, its distance from the town centre as a share of the
     * town's radius; {@code u} is the block's own draw in [0, 1): some outer blocks are industrial,
     * and some are a step lighter than their ring.
     */
    static Density at(double d, boolean city, double u) {
        if (d > 0.5 && u < (city ? 0.10 : 0.05)) {
            return INDUSTRIAL;
        }
        Density ring = city
                ? d < 0.3 ? CORE : d < 0.55 ? DENSE : d < 0.8 ? SUBURBAN : RURAL
                : d < 0.12 ? CORE : d < 0.35 ? DENSE : d < 0.65 ? SUBURBAN : RURAL;
        return u > 0.85 && ring.ordinal() < RURAL.ordinal() ? values()[ring.ordinal() + 1] : ring;
    }
}
