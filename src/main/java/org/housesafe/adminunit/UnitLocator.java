package org.housesafe.adminunit;

import java.util.Optional;
import org.locationtech.jts.geom.Point;

/**
 * Which street and community a point lies in: the first street and the first community (by
 * code) whose boundary intersects it. {@link AdminUnitStore} asks the database per call; a bulk
 * import asks {@link UnitIndex}, which answers the same from memory.
 */
@FunctionalInterface
public interface UnitLocator {
    /** The street and community of {@code point}; empty when no street holds it. */
    Optional<AdminUnitStore.Location> locate(Point point);
}
