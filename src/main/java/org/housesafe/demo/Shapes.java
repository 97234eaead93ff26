package org.housesafe.demo;

import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;

/** Footprint outlines in metres about the origin: rectangles and simple L shapes. */
final class Shapes {

    private Shapes() {
    }

    /**
     * A closed ring of {@code area} m² whose bounding box has sides in ratio {@code aspect}; an L
     * shape cuts 30–50 % of each side from one corner and grows to keep the area.
     */
    static Coordinate[] build(double area, double aspect, boolean lShape, SplittableRandom rng) {
        if (!lShape) {
            double w = Math.sqrt(area * aspect);
            double h = area / w;
            return new Coordinate[] {
                new Coordinate(-w / 2, -h / 2), new Coordinate(w / 2, -h / 2), new Coordinate(w / 2, h / 2),
                new Coordinate(-w / 2, h / 2), new Coordinate(-w / 2, -h / 2)};
        }
        double fw = 0.3 + rng.nextDouble() * 0.2;
        double fh = 0.3 + rng.nextDouble() * 0.2;
        double box = area / (1 - fw * fh);
        double w = Math.sqrt(box * aspect);
        double h = box / w;
        double notchX = w / 2 - fw * w;
        double notchY = h / 2 - fh * h;
        return new Coordinate[] {
            new Coordinate(-w / 2, -h / 2), new Coordinate(w / 2, -h / 2), new Coordinate(w / 2, notchY),
            new Coordinate(notchX, notchY), new Coordinate(notchX, h / 2), new Coordinate(-w / 2, h / 2),
            new Coordinate(-w / 2, -h / 2)};
    }
}
