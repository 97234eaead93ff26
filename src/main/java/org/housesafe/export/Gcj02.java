package org.housesafe.export;

/**
 * WGS84 → GCJ-02, the offset coordinates of Gaode (AMap) and Tencent basemaps, by the well-known
 * public formula (Krasovsky ellipsoid parameters and the published trigonometric series). About
 * 1–2 m from the official transform; ~650 m of shift in Hengyang. Points outside China's rough
 * bounding box are not shifted, as the basemaps do not shift them either.
 */
final class Gcj02 {
    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;

    private Gcj02() {
    }

    /** @return {@code {lon, lat}} in GCJ-02 */
    static double[] fromWgs84(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new double[] {lon, lat};
        }
        double x = lon - 105.0;
        double y = lat - 35.0;
        double radLat = lat / 180.0 * Math.PI;
        double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        double dLat = latShift(x, y) * 180.0 / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        double dLon = lonShift(x, y) * 180.0 / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {lon + dLon, lat + dLat};
    }

    private static boolean outOfChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    private static double latShift(double x, double y) {
        double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        r += common(x);
        r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double lonShift(double x, double y) {
        double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        r += common(x);
        r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }

    private static double common(double x) {
        return (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    }
}
