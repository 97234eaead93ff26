package org.housesafe.web;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws a decoded {@code buildings} tile layer with Java2D the way the map draws it on a canvas
 * ({@code web/js/map/tiles/tile-draw.js} with the colours of {@code web/js/map/tiles/style.js}): footprints filled and
 * outlined in their status colour with the overdue edge, aggregation cells as squares whose
 * opacity grows with their count, severe colours last. Antialiased, into an ARGB image of
 * {@code 256 × ratio} pixels. For {@link RasterTileBench}: what a server-rendered raster tile
 * would cost; not used by the service.
 */
final class TileRasterizer {
    static final int TILE_CSS_PX = 256;
    /** tile-draw.js CELL_UNITS, the server's Detail.CELL. */
    private static final int CELL_UNITS = 64;
    private static final Color OVERDUE = new Color(0xff1744);

    /** style.js colour classes, in the order tile-draw.js draws them (severe last). */
    enum Category {
        CLOSED(0x7fa88f, 0x3f7a57, 0.15f), DEMOLISHED(0x616161, 0x303030, 0.2f), UNSURVEYED(0x9e9e9e, 0x5f5f5f, 0.75f),
        SAFE(0x1e6fd9, 0x0b3d91, 0.75f), YELLOW(0xfdd835, 0x9a7d00, 0.75f), ORANGE(0xf57c00, 0xa84300, 0.75f),
        RED(0xd32f2f, 0x8e0000, 0.75f);

        final Color fill;
        final Color stroke;
        final float fillOpacity;

        Category(int fill, int stroke, float fillOpacity) {
            this.fill = new Color(fill);
            this.stroke = new Color(stroke);
            this.fillOpacity = fillOpacity;
        }

        /** style.js category(): end states and "not surveyed" win, then the grade, then the judgement. */
        static Category of(Map<?, ?> p) {
            Object status = p.get("status");
            if ("demolished".equals(status)) {
                return DEMOLISHED;
            }
            if ("closed".equals(status)) {
                return CLOSED;
            }
            if ("unsurveyed".equals(status)) {
                return UNSURVEYED;
            }
            Category byGrade = switch (String.valueOf(p.get("grade"))) {
                case "D" -> RED;
                case "C" -> ORANGE;
                case "B" -> YELLOW;
                case "A" -> SAFE;
                default -> null;
            };
            if (byGrade != null) {
                return byGrade;
            }
            return switch (String.valueOf(p.get("judgement"))) {
                case "serious" -> RED;
                case "some" -> ORANGE;
                case "none" -> SAFE;
                default -> UNSURVEYED;
            };
        }

        /** tile-draw.js cellColour(): light fills (closed, demolished) take their stroke. */
        Color cellColour() {
            return fillOpacity < 0.5f ? stroke : fill;
        }
    }

    private TileRasterizer() {
    }

    /** The layer (null: an empty tile) drawn on a transparent image of 256 × ratio pixels a side. */
    static BufferedImage draw(JtsLayer layer, int ratio) {
        int side = TILE_CSS_PX * ratio;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        if (layer == null || layer.getGeometries().isEmpty()) {
            return image;
        }
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(ratio, ratio);
            double scale = (double) TILE_CSS_PX / layer.getExtent();
            Map<Category, List<Geometry>> groups = new EnumMap<>(Category.class);
            for (Geometry f : layer.getGeometries()) {
                Map<?, ?> props = f.getUserData() instanceof Map<?, ?> m ? m : Map.of();
                groups.computeIfAbsent(Category.of(props), c -> new ArrayList<>()).add(f);
            }
            groups.forEach((cat, features) -> {
                drawPolygons(g, features, scale, cat);
                drawCells(g, features, scale, cat);
            });
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawPolygons(Graphics2D g, List<Geometry> features, double scale, Category cat) {
        Path2D.Double all = new Path2D.Double(Path2D.WIND_NON_ZERO); // canvas fill() is nonzero
        Path2D.Double overdue = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (Geometry f : features) {
            for (int i = 0; i < f.getNumGeometries(); i++) {
                if (f.getGeometryN(i) instanceof Polygon p) {
                    trace(all, p, scale);
                    if (f.getUserData() instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("overdue"))) {
                        trace(overdue, p, scale);
                    }
                }
            }
        }
        if (all.getCurrentPoint() == null) {
            return;
        }
        g.setColor(withAlpha(cat.fill, cat.fillOpacity));
        g.fill(all);
        g.setColor(cat.stroke);
        g.setStroke(new BasicStroke(1f));
        g.draw(all);
        if (overdue.getCurrentPoint() != null) {
            g.setColor(OVERDUE);
            g.setStroke(new BasicStroke(2f));
            g.draw(overdue);
        }
    }

    private static void drawCells(Graphics2D g, List<Geometry> features, double scale, Category cat) {
        double side = CELL_UNITS * scale;
        for (Geometry f : features) {
            for (int i = 0; i < f.getNumGeometries(); i++) {
                if (f.getGeometryN(i) instanceof Point p) {
                    g.setColor(withAlpha(cat.cellColour(), cellAlpha(f.getUserData())));
                    g.fill(new Rectangle2D.Double(p.getX() * scale - side / 2, p.getY() * scale - side / 2, side, side));
                }
            }
        }
    }

    /** tile-draw.js cellAlpha(): one building is faint, a hundred or more fully opaque. */
    private static float cellAlpha(Object userData) {
        long n = userData instanceof Map<?, ?> m && m.get("count") instanceof Number c ? c.longValue() : 1;
        return (float) Math.min(1, 0.45 + 0.275 * Math.log10(Math.max(1, n)));
    }

    private static void trace(Path2D.Double path, Polygon p, double scale) {
        ring(path, p.getExteriorRing().getCoordinates(), scale);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(path, p.getInteriorRingN(i).getCoordinates(), scale);
        }
    }

    private static void ring(Path2D.Double path, Coordinate[] ring, double scale) {
        path.moveTo(ring[0].x * scale, ring[0].y * scale);
        for (int i = 1; i < ring.length; i++) {
            path.lineTo(ring[i].x * scale, ring[i].y * scale);
        }
        path.closePath();
    }

    private static Color withAlpha(Color c, float alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(alpha * 255));
    }
}
