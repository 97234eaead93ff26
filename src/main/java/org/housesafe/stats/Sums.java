package org.housesafe.stats;

/** Buildings counted with their footprint and floor areas (m², rounded to 0.1 in answers). */
public final class Sums {
    private long buildings;
    private double footprintArea;
    private double floorArea;

    void add(long count, double footprint, double floor) {
        buildings += count;
        footprintArea += footprint;
        floorArea += floor;
    }

    public long getBuildings() {
        return buildings;
    }

    public double getFootprintArea() {
        return Area.round(footprintArea);
    }

    public double getFloorArea() {
        return Area.round(floorArea);
    }
}
