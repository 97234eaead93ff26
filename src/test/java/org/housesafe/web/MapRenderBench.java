package org.housesafe.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.housesafe.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures the map in headless Chromium on a running service (issue #6, BENCHMARKS.md "Map
 * rendering"): at each zoom, over a dense area, a scripted sequence of animated pans and zooms
 * while a requestAnimationFrame probe records frame times; the tile layer's decode+draw measures
 * ({@code housesafe:tile}), tile fetches (resource timing) and, at street zoom, how long the
 * footprints of a view take to arrive. Not a test (no *Test/*IT name): a program, run as
 * BENCHMARKS.md shows, with arguments {@code BASE USER PASSWORD LON LAT EMPTY_LON EMPTY_LAT}: a dense place,
 * and a place without buildings where the same moves measure the browser alone (the baseline).
 * The page-side scripts are {@code src/test/resources/map-bench/}.
 */
public final class MapRenderBench {
    private static final int[] ZOOMS = {12, 13, 14, 15, 16, 17};
    /** buildings.js MIN_ZOOM: from here on the map draws GeoJSON footprints. */
    private static final int FOOTPRINT_ZOOM = 17;

    private static final String IS_UNIT = """
            const map = window.houseSafe.map;
            const isUnit = (l) => !!(l.options && l.options.renderer && l.options.renderer.options.pane === 'units');
            """;
    /** Takes the name labels (permanent tooltips) off the admin-unit outlines (units.js) on the map; the outlines stay. */
    private static final String WITHOUT_UNIT_LABELS = IS_UNIT + "Object.values(map._layers).filter(isUnit).forEach((l) => l.unbindTooltip());";
    /** Takes the admin-unit outlines (drawn by the "units" renderer) off the map for good. */
    private static final String WITHOUT_UNITS = IS_UNIT + """
            Object.values(map._layers).filter(isUnit).forEach((l) => map.removeLayer(l));
            const add = map.addLayer.bind(map);
            map.addLayer = (l) => (isUnit(l) ? map : add(l));""";

    private MapRenderBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        double lon = Double.parseDouble(args[3]);
        double lat = Double.parseDouble(args[4]);
        double emptyLon = Double.parseDouble(args[5]);
        double emptyLat = Double.parseDouble(args[6]);
        String pan = script("pan.js");
        String micro = script("micro.js");
        String views = script("views.js");
        try (Browser browser = Browser.start(1280, 800)) {
            WebDriver driver = browser.driver();
            signIn(driver, base, args[1], args[2], lon, lat);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
            js.executeScript("performance.setResourceTimingBufferSize(100000);");
            System.out.println("| zoom | tiles | KB p50 / max | features p50 / max | decode p50 / p95 ms | decode+draw p50 / p95 ms | tiles/s of main thread |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (int zoom = 12; zoom <= 16; zoom++) {
                System.out.println(microRow(result(js.executeAsyncScript(micro, zoom, lon, lat, 20))));
            }
            System.out.println();
            System.out.println("| zoom | footprints drawn of matched | view load p50 / max ms | main thread blocked p50 ms |");
            System.out.println("|---|---|---|---|");
            for (int zoom = FOOTPRINT_ZOOM; zoom <= 18; zoom++) {
                Map<String, Object> r = result(js.executeAsyncScript(views, zoom, lon, lat, 5));
                System.out.println(String.join(" | ", List.of("", String.valueOf(zoom), r.get("drawn") + " of " + r.get("matched"),
                        f(r, "loadP50") + " / " + f(r, "loadMax"), f(r, "blockedP50"), "")).trim());
            }
            System.out.println();
            System.out.println("| zoom | place | layer | frames p50 / p95 / max ms | frames > 50 ms | tiles drawn | decode+draw p50 / p95 / max ms"
                    + " | features per tile p50 / max | tile fetch p50 / p95 ms | KB | view load p50 / p95 ms | footprints |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
            for (int zoom : ZOOMS) {
                System.out.println(row("dense", result(js.executeAsyncScript(pan, zoom, lon, lat))));
                System.out.println(row("empty", result(js.executeAsyncScript(pan, zoom, emptyLon, emptyLat))));
            }
            // Last (the map stays so): first the street and community labels taken off (at zoom 17 every
            // unit is on the map), then the outlines too.
            js.executeScript(WITHOUT_UNIT_LABELS);
            for (int zoom : new int[] {14, 15}) {
                System.out.println(row("dense, unit outlines without labels", result(js.executeAsyncScript(pan, zoom, lon, lat))));
            }
            js.executeScript(WITHOUT_UNITS);
            for (int zoom : new int[] {14, 15}) {
                System.out.println(row("dense, no unit outlines", result(js.executeAsyncScript(pan, zoom, lon, lat))));
            }
        }
    }

    private static String script(String name) throws java.io.IOException {
        try (var in = MapRenderBench.class.getResourceAsStream("/map-bench/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Object answer) {
        Map<String, Object> r = (Map<String, Object>) answer;
        if (r.containsKey("error")) {
            throw new IllegalStateException(String.valueOf(r.get("error")));
        }
        return r;
    }

    private static String microRow(Map<String, Object> r) {
        double p50 = ((Number) r.get("totalP50")).doubleValue();
        return String.join(" | ", List.of("", String.valueOf(r.get("zoom")), String.valueOf(r.get("tiles")),
                f(r, "kbP50") + " / " + f(r, "kbMax"), r.get("featuresP50") + " / " + r.get("featuresMax"),
                f(r, "decodeP50") + " / " + f(r, "decodeP95"), f(r, "totalP50") + " / " + f(r, "totalP95"),
                String.format(Locale.ROOT, "%.0f", 1000 / Math.max(p50, 0.01)), "")).trim();
    }

    private static void signIn(WebDriver driver, String base, String user, String password, double lon, double lat) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(String.format(Locale.ROOT, "%s/#map=14/%.6f/%.6f", base, lat, lon));
        wait.until(ExpectedConditions.urlContains("/login.html"));
        driver.findElement(By.id("login-username")).sendKeys(user);
        driver.findElement(By.id("login-password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login.html")
                && "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private static String row(String place, Map<String, Object> r) {
        boolean tiles = ((Number) r.get("zoom")).intValue() < FOOTPRINT_ZOOM;
        return String.join(" | ", List.of("", String.valueOf(r.get("zoom")), place, tiles ? "vector tiles" : "footprints (GeoJSON)",
                f(r, "frameP50") + " / " + f(r, "frameP95") + " / " + f(r, "frameMax"),
                r.get("longFrames") + " of " + r.get("frames"),
                String.valueOf(r.get("tiles")),
                tiles ? f(r, "drawP50") + " / " + f(r, "drawP95") + " / " + f(r, "drawMax") : "–",
                tiles ? r.get("featuresP50") + " / " + r.get("featuresMax") : "–",
                tiles ? f(r, "tileFetchP50") + " / " + f(r, "tileFetchP95") : "–",
                String.valueOf(tiles ? r.get("tileKB") : r.get("pageKB")),
                tiles ? "–" : f(r, "viewP50") + " / " + f(r, "viewP95") + " (" + r.get("views") + " views)",
                tiles ? "–" : r.get("drawn") + " of " + r.get("matched"), "")).trim();
    }

    private static String f(Map<String, Object> r, String key) {
        Object v = r.get(key);
        return v == null ? "–" : String.format(Locale.ROOT, "%.1f", ((Number) v).doubleValue());
    }
}
