package org.housesafe.adminunit;

import org.locationtech.jts.geom.Geometry;

/**
 * A street (9-digit division code) or community/village (12-digit). {@code synthetic} marks a
 * name or code made up for the demo; boundaries are synthetic in the demo data regardless.
 */
public record AdminUnit(String code, String name, Level level, String parentCode, boolean synthetic,
                        Geometry boundary) {

    /** The two levels statistics group by. */
    public enum Level {
        STREET, COMMUNITY;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
