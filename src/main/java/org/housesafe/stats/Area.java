package org.housesafe.stats;

/** Areas in answers: square metres to 0.1, enough for reports and stable across backends' sum order. */
final class Area {
    private Area() {
    }

    static double round(double m2) {
        return Math.round(m2 * 10) / 10.0;
    }
}
