package org.housesafe.tile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.housesafe.config.Extent;

/**
 * The TileJSON 3.0.0 document of the {@code buildings} layer: where its tiles are, which zooms
 * and area they cover, and what their features carry at each {@link Detail}. Clients read
 * {@code maxzoom} and draw the full-detail tiles of that zoom larger beyond it.
 */
final class TileJson {
    static final String TEMPLATE = "/tiles/buildings/{z}/{x}/{y}.mvt";

    private TileJson() {
    }

    /**
     * @param base  scheme and authority the client reached, e.g. {@code http://localhost:7070}
     * @param query the filter parameters to repeat in every tile URL, or {@code null}
     */
    static Map<String, Object> of(String base, String query, Extent extent) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("tilejson", "3.0.0");
        doc.put("name", "HouseSafe buildings 房屋");
        doc.put("description", "Surveyed buildings by safety status, within the caller's streets. Below zoom "
                + Detail.FULL_FROM_ZOOM + " one point per grid cell sums the buildings there (detail=aggregated).");
        doc.put("version", "1.0.0");
        doc.put("scheme", "xyz");
        doc.put("tiles", List.of(base + TEMPLATE + (query == null || query.isEmpty() ? "" : "?" + query)));
        doc.put("minzoom", 0);
        doc.put("maxzoom", Detail.FULL_FROM_ZOOM);
        doc.put("bounds", List.of(extent.minLon(), extent.minLat(), extent.maxLon(), extent.maxLat()));
        doc.put("center", List.of((extent.minLon() + extent.maxLon()) / 2, (extent.minLat() + extent.maxLat()) / 2,
                Detail.FULL_FROM_ZOOM - 4));
        Map<String, Object> layer = new LinkedHashMap<>();
        layer.put("id", TileStore.LAYER);
        layer.put("description", "Footprints (polygons, detail=full) from zoom " + Detail.FULL_FROM_ZOOM
                + "; below it one point per occupied cell of a 64×64 grid per tile (detail=aggregated)");
        layer.put("minzoom", 0);
        layer.put("maxzoom", Detail.FULL_FROM_ZOOM);
        layer.put("fields", fields());
        doc.put("vector_layers", List.of(layer));
        doc.put("housesafe:detail", List.of(
                Map.of("minzoom", 0, "maxzoom", Detail.FULL_FROM_ZOOM - 1, "detail", Detail.AGGREGATED.code(),
                        "geometry", "Point"),
                Map.of("minzoom", Detail.FULL_FROM_ZOOM, "maxzoom", Tile.MAX_ZOOM, "detail", Detail.FULL.code(),
                        "geometry", "Polygon")));
        return doc;
    }

    private static Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("detail", "String: full (one footprint) or aggregated (a grid cell)");
        f.put("id", "String: building id (UUID), for GET /api/buildings/{id}; full only");
        f.put("count", "Number: buildings whose bounding-box centre lies in the cell; aggregated only");
        f.put("status", "String: lifecycle status code; aggregated: the most common in the cell");
        f.put("judgement", "String: serious, some or none, absent before a survey; aggregated: the most severe");
        f.put("grade", "String: appraisal grade A-D, absent before an appraisal; aggregated: the worst");
        f.put("overdue", "Boolean: the deadline has passed (Asia/Shanghai); aggregated: any building in the cell");
        return f;
    }
}
