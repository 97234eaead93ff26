package org.housesafe.building;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.housesafe.account.AccessControl;
import org.housesafe.account.Role;
import org.housesafe.config.Extent;
import org.housesafe.platform.web.ApiException;

/**
 * {@code GET /api/house-codes/next?lon=…&lat=…}: the next free house code of the community the
 * point lies in (the drawn footprint's interior point, say), for the roles that create buildings.
 * A missing or malformed coordinate, or one outside the service extent, is a 400 naming it.
 */
public final class HouseCodeRoutes {
    private final HouseCodes codes;
    private final Extent extent;

    public HouseCodeRoutes(HouseCodes codes, Extent extent) {
        this.codes = codes;
        this.extent = extent;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/house-codes/next", this::next, Role.FIELD_WORK);
    }

    private void next(Context ctx) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!name.equals("lon") && !name.equals("lat")) {
                throw ApiException.badParameter(name, "unknown parameter; this route takes lon and lat");
            }
        }
        double lon = coordinate(ctx, "lon", 180);
        double lat = coordinate(ctx, "lat", 90);
        if (!extent.contains(lon, lat)) {
            throw ApiException.badParameter("lon", "the point " + lon + ", " + lat + " lies outside the service extent "
                    + extent + " (longitude first)");
        }
        HouseCodes.Next next = codes.next(AccessControl.caller(ctx), lon, lat);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("houseCode", next.houseCode());
        body.put("community", Map.of("code", next.communityCode(), "name", next.communityName()));
        body.put("street", Map.of("code", next.streetCode(), "name", next.streetName()));
        ctx.json(body);
    }

    private static double coordinate(Context ctx, String name, double bound) {
        String value = BuildingQueryParser.single(ctx.queryParamMap(), name);
        if (value == null) {
            throw ApiException.badParameter(name, "is required (WGS 84 degrees)");
        }
        try {
            double v = Double.parseDouble(value.trim());
            if (Double.isFinite(v) && Math.abs(v) <= bound) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badParameter(name, "must be a number of degrees from -" + (int) bound + " to " + (int) bound);
    }
}
