package org.housesafe.platform.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Moves every point of a geometry by one function of (x, y): a datum shift (GCJ-02), an axis
 * swap or a projection. The stored geometry is never touched; a copy is moved.
 */
@FunctionalInterface
public interface PointMap {

    /** The new {@code {x, y}} of the point {@code (x, y)}. */
    double[] map(double x, double y);

    /** A moved copy of {@code geometry}. */
    default Geometry apply(Geometry geometry) {
        Geometry moved = geometry.copy();
        moved.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double[] p = map(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, CoordinateSequence.X, p[0]);
                seq.setOrdinate(i, CoordinateSequence.Y, p[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        moved.geometryChanged();
        return moved;
    }
}
