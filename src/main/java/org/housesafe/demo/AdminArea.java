package org.housesafe.demo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * A street or community of the demo zone. The boundary is always made up; {@code nameSynthetic}
 * and {@code codeSynthetic} say whether the name and the division code are made up too.
 *
 * @param parentCode the street's code for a community, {@code null} for a street
 * @param village    a village (村, addresses use groups 组) rather than an urban community (社区)
 * @param seed       the point the boundary was grown from (the official centre for a street)
 */
record AdminArea(String code, String name, String level, String parentCode, boolean nameSynthetic,
                 boolean codeSynthetic, boolean village, Coordinate seed, Polygon boundary) {

    static final String STREET = "street";
    static final String COMMUNITY = "community";

    /** The single flag of the API: anything but the boundary made up. */
    boolean synthetic() {
        return nameSynthetic || codeSynthetic;
    }

    /** How addresses name the unit: communities are written with 社区 unless the name has it. */
    String addressName() {
        return village || name.endsWith("社区") || level.equals(STREET) ? name : name + "社区";
    }
}
