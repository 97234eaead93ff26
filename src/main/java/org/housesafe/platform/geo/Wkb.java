package org.housesafe.platform.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** Geometry to and from WKB, the only form geometry takes across JDBC. SRID is always 4326. */
public final class Wkb {
    public static final int SRID = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    private Wkb() {
    }

    public static byte[] write(Geometry geometry) {
        return new WKBWriter(2).write(geometry);
    }

    /** Reads plain WKB (PostGIS) or EWKB with an SRID (H2GIS). */
    public static Geometry read(byte[] wkb) {
        try {
            return new WKBReader(FACTORY).read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("stored geometry is not valid WKB", e);
        }
    }
}
