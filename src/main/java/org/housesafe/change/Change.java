package org.housesafe.change;

import java.util.UUID;
import org.locationtech.jts.geom.Envelope;

/**
 * A building that changed: its id, its version now, and the longitude/latitude box a map must
 * redraw: its footprint now, grown by where it stood before when it was moved.
 */
public record Change(UUID id, int version, Envelope bbox) {

    /** The box as GeoJSON orders it: min lon, min lat, max lon, max lat. */
    public double[] bboxArray() {
        return new double[] {bbox.getMinX(), bbox.getMinY(), bbox.getMaxX(), bbox.getMaxY()};
    }
}
