package org.housesafe.building;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.TreeSet;

/**
 * The {@code building.hazard_types} column of the embedded database: the survey's hazard types
 * as {@code ,a,b,} (sorted, comma-delimited at both ends, so that {@code LIKE '%,a,%'} matches one
 * whole code), or {@code null} when there are none. H2 computes the column with this function on
 * every write; PostGIS has the same function in SQL (migration {@code hazard_types}).
 */
public final class HazardTypeColumn {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HazardTypeColumn() {
    }

    /** Called by H2 as {@code HAZARD_TYPE_LIST(attributes)}; unreadable JSON has no hazard types. */
    public static String of(String attributesJson) {
        if (attributesJson == null) {
            return null;
        }
        JsonNode types;
        try {
            types = MAPPER.readTree(attributesJson).path(AttributeSchema.SURVEY).path("hazardTypes");
        } catch (IOException e) {
            return null;
        }
        TreeSet<String> codes = new TreeSet<>();
        if (types.isArray()) {
            types.forEach(t -> codes.add(t.asText()));
        }
        return codes.isEmpty() ? null : "," + String.join(",", codes) + ",";
    }
}
