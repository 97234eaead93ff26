package org.housesafe.importer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.housesafe.building.StoreFixture;

/**
 * GeoJSON import files for tests, in {@link StoreFixture}'s world (two streets side by side, each
 * with a north and a south community): feature {@code i} is a square of about 10 m placed by its
 * index, west when {@code i} is even and north when {@code i / 2} is even.
 */
final class ImportFixture {
    private ImportFixture() {
    }

    static String houseCode(int i) {
        return String.format(Locale.ROOT, "IMP-%07d", i);
    }

    static double lon(int i) {
        return (i % 2 == 0 ? 112.51 : 112.61) + (i % 400) * 0.0002;
    }

    static double lat(int i) {
        return ((i / 2) % 2 == 0 ? 26.91 : 26.81) + (i / 400 % 400) * 0.0002;
    }

    static String street(int i) {
        return i % 2 == 0 ? StoreFixture.WEST : StoreFixture.EAST;
    }

    static String community(int i) {
        boolean north = (i / 2) % 2 == 0;
        return i % 2 == 0 ? (north ? StoreFixture.WEST_NORTH : StoreFixture.WEST_SOUTH)
                : (north ? StoreFixture.EAST_NORTH : StoreFixture.EAST_SOUTH);
    }

    /** A closed square ring of side {@code d} degrees at (lon, lat), as GeoJSON coordinates. */
    static String square(double lon, double lat, double d) {
        return String.format(Locale.ROOT, "[[[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f]]]",
                lon, lat, lon + d, lat, lon + d, lat + d, lon, lat + d, lon, lat);
    }

    static String polygon(String coordinates) {
        return "{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}";
    }

    /** Properties as POST /api/buildings takes them. */
    static String properties(int i, String extraBasic) {
        return "{\"basic\":{\"houseCode\":\"" + houseCode(i) + "\",\"address\":\"华兴街道导入路" + i + "号\","
                + "\"use\":\"" + (i % 3 == 0 ? "operating" : "other") + "\",\"floorsAbove\":" + (1 + i % 5)
                + ",\"floorArea\":" + (100 + i % 50) + extraBasic + "},\"construction\":{\"professionallyDesigned\":"
                + (i % 2 == 0) + "},\"management\":{\"noPermits\":false}}";
    }

    static String feature(int i) {
        return feature(polygon(square(lon(i), lat(i), 0.0001)), properties(i, ""));
    }

    static String feature(String geometry, String properties) {
        return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":" + properties + "}";
    }

    static String collection(List<String> features) {
        return "{\"type\":\"FeatureCollection\",\"name\":\"test\",\"features\":[\n" + String.join(",\n", features)
                + "\n]}";
    }

    /** A valid file of features {@code from} (inclusive) to {@code to} (exclusive). */
    static String valid(int from, int to) {
        List<String> features = new ArrayList<>();
        for (int i = from; i < to; i++) {
            features.add(feature(i));
        }
        return collection(features);
    }

    static java.io.InputStream stream(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
