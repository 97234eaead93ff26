package org.housesafe.stats;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One group of a {@link Breakdown}: its value of each grouping ({@code "street": "430408003"},
 * with {@code "streetName"} for streets and communities; {@code null} when a building has no
 * value, e.g. no grade yet) and its sums.
 */
@JsonPropertyOrder({"buildings", "footprintArea", "floorArea"})
public final class Group {
    private final Map<String, String> key = new LinkedHashMap<>();
    private final Sums sums = new Sums();

    Group(Map<String, String> key) {
        this.key.putAll(key);
    }

    Sums sums() {
        return sums;
    }

    /** The grouping values, written as properties of the group itself. */
    @JsonAnyGetter
    public Map<String, String> getKey() {
        return key;
    }

    public long getBuildings() {
        return sums.getBuildings();
    }

    public double getFootprintArea() {
        return sums.getFootprintArea();
    }

    public double getFloorArea() {
        return sums.getFloorArea();
    }
}
