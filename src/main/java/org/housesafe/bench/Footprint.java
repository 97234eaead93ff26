package org.housesafe.bench;

import java.util.SplittableRandom;
import org.housesafe.platform.geo.Wkb;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * One house's footprint in its lot: a rectangle of the block's side range (6–40 m), turned a
 * little off the grid, corners nudged by up to 20 cm, and one house in eight an L shape. It keeps
 * at least half a metre inside its lot, so neighbours never touch and every footprint lies well
 * inside its community. Rings are counter-clockwise, on the 7-decimal grid.
 *
 * @param areaM2 planar area in m² (the service computes its own, geodesic)
 */
record Footprint(Polygon polygon, double areaM2) {
    private static final double CLEARANCE_M = 1.0;
    private static final double NUDGE_M = 0.2;

    /** The footprint in lot {@code lot} (row by row from the south-west) of {@code block}. */
    static Footprint of(Frame frame, TownLayout.Block block, int lot, SplittableRandom rng) {
        Density d = block.density();
        int per = d.perSide();
        double margin = (CityPlan.BLOCK_M - per * d.lot) / 2;
        double cx = block.minX() + margin + (lot % per + 0.5) * d.lot;
        double cy = block.minY() + margin + (lot / per + 0.5) * d.lot;
        double u = rng.nextDouble();
        double w = d.minSide + (d.maxSide - d.minSide) * u * Math.sqrt(u);     // most houses are small
        double h = Math.max(d.minSide, w * (0.6 + 0.4 * rng.nextDouble()));
        double angle = rng.nextDouble() < 0.9 ? (rng.nextDouble() - 0.5) * 0.2 : (rng.nextDouble() - 0.5) * 0.6;
        double cos = StrictMath.cos(angle);
        double sin = StrictMath.sin(angle);
        double room = d.lot - CLEARANCE_M;
        double extent = Math.max(w * Math.abs(cos) + h * Math.abs(sin), w * Math.abs(sin) + h * Math.abs(cos));
        if (extent > room - 2 * NUDGE_M) {
            double shrink = (room - 2 * NUDGE_M) / extent;
            w *= shrink;
            h *= shrink;
            extent *= shrink;
        }
        double slack = (room - 2 * NUDGE_M - extent) / 2;
        cx += (rng.nextDouble() * 2 - 1) * slack;
        cy += (rng.nextDouble() * 2 - 1) * slack;
        double[][] shape = rng.nextDouble() < 0.125 && h >= 8 ? lShape(w, h, rng) : rectangle(w, h);
        Coordinate[] ring = new Coordinate[shape.length + 1];
        for (int k = 0; k < shape.length; k++) {
            double x = shape[k][0] + (rng.nextDouble() * 2 - 1) * NUDGE_M;
            double y = shape[k][1] + (rng.nextDouble() * 2 - 1) * NUDGE_M;
            ring[k] = frame.lonLat(cx + x * cos - y * sin, cy + x * sin + y * cos);
        }
        ring[shape.length] = ring[0].copy();
        return new Footprint(Wkb.FACTORY.createPolygon(ring), area(shape));
    }

    private static double[][] rectangle(double w, double h) {
        return new double[][] {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}};
    }

    /** The rectangle without its north-east corner (30–45 % of each side). */
    private static double[][] lShape(double w, double h, SplittableRandom rng) {
        double nx = w / 2 - w * (0.3 + 0.15 * rng.nextDouble());
        double ny = h / 2 - h * (0.3 + 0.15 * rng.nextDouble());
        return new double[][] {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, ny}, {nx, ny}, {nx, h / 2}, {-w / 2, h / 2}};
    }

    /** Shoelace area of a counter-clockwise outline. */
    private static double area(double[][] shape) {
        double sum = 0;
        for (int k = 0; k < shape.length; k++) {
            double[] a = shape[k];
            double[] b = shape[(k + 1) % shape.length];
            sum += a[0] * b[1] - b[0] * a[1];
        }
        return sum / 2;
    }
}
