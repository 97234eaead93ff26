package org.housesafe.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.housesafe.HouseSafe;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.building.BuildingStore;
import org.housesafe.platform.geo.FootprintReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo data set shipped in the jar ({@code gis-data/*.geojson}) into an empty database
 * through the normal import path: the same validation and code assignment as any other write.
 * A database that holds any building is never touched.
 */
public final class DemoLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int BATCH = 500;

    private DemoLoader() {
    }

    /** @return whether data was loaded (false when the database already held buildings) */
    public static boolean loadIfEmpty(HouseSafe.Services services, FootprintReader boundaries) throws IOException {
        if (!services.buildings().store().isEmpty()) {
            return false;
        }
        List<AdminUnit> units = new ArrayList<>();
        units.addAll(units(read("streets.geojson"), AdminUnit.Level.STREET, boundaries));
        units.addAll(units(read("communities.geojson"), AdminUnit.Level.COMMUNITY, boundaries));
        services.units().insertAll(units);
        JsonNode features = read("buildings.geojson").get("features");
        List<BuildingStore.NewRecord> batch = new ArrayList<>();
        int done = 0;
        for (JsonNode f : features) {
            batch.add(services.buildings().prepareImport(f));
            if (batch.size() == BATCH) {
                done += flush(services, batch, features.size(), done);
            }
        }
        flush(services, batch, features.size(), done);
        return true;
    }

    private static int flush(HouseSafe.Services services, List<BuildingStore.NewRecord> batch, int total, int done) {
        services.buildings().store().insertAll(batch);
        int n = batch.size();
        batch.clear();
        LOG.info("demo data: {} of {} buildings loaded", done + n, total);
        return n;
    }

    private static List<AdminUnit> units(JsonNode collection, AdminUnit.Level level, FootprintReader boundaries) {
        List<AdminUnit> out = new ArrayList<>();
        for (JsonNode f : collection.get("features")) {
            JsonNode p = f.get("properties");
            out.add(new AdminUnit(p.get("code").asText(), p.get("name").asText(), level,
                    p.hasNonNull("parentCode") ? p.get("parentCode").asText() : null,
                    p.path("synthetic").asBoolean(false),
                    boundaries.read(f.get("geometry"), "geometry")));
        }
        return out;
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = DemoLoader.class.getResourceAsStream("/gis-data/" + name)) {
            if (in == null) {
                throw new IOException("gis-data/" + name + " is missing from the build: run mvn package");
            }
            return MAPPER.readTree(in);
        }
    }
}
