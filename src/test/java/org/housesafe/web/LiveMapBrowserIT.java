package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two users (issue #6): the street office of 华兴 has the map open; an inspector records a
 * serious survey over the API; within 5 seconds the office's map shows the building red without
 * a reload. Zoomed out, the map draws the buildings from vector tiles, refetches the tile an edit
 * touches; a tap on a cell zooms in, a tap on a footprint drawn from a tile opens its record.
 */
class LiveMapBrowserIT extends DemoWorldTest {
    private static final String GREY = "#9e9e9e";   // unsurveyed (style.js)
    private static final String RED = "#d32f2f";    // serious finding
    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static final String TILE_CANVASES = ".building-tiles canvas";

    @Test
    void an_edit_by_another_user_shows_on_an_open_map_within_five_seconds() throws Exception {
        String office = world.huaxingUser("live-office", Role.STREET_OFFICE);
        TestClient inspector = world.app.client(world.app.token(
                world.app.user("live-inspector", Role.INSPECTOR, Scope.of(java.util.Set.of(DemoWorld.HUAXING)))));
        DemoWorld.Target building = world.newUnsurveyedBuilding("HX-LIVE-1", 3);
        String id = building.id();
        double[] at = building.corner();

        try (Browser browser = Browser.start(1280, 800)) {
            MapPage page = new MapPage(browser).signIn(world.app, office, at[0], at[1]);
            waitDrawn(page, id);
            page.waitForFill(id, GREY);
            page.until(() -> "the change feed is live; it is " + page.js("return document.body.dataset.live"),
                    d -> "live".equals(page.js("return document.body.dataset.live")));
            page.js("window.liveMarker = 'no reload'; performance.setResourceTimingBufferSize(100000);");

            HttpResponse<String> r = inspector.header("If-Match", "\"" + building.version() + "\"")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .post("/api/buildings/" + id + "/events", "application/json", "{\"action\":\"survey\",\"payload\":"
                            + "{\"judgement\":\"serious\",\"hazardTypes\":[\"load_bearing_cracks\"]}}");
            long written = System.nanoTime();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            new WebDriverWait(page.driver, WITHIN).withMessage(() -> "building " + id + " turns red within 5 s; it is "
                    + page.fillOf(id)).until(d -> RED.equals(page.fillOf(id)));
            long millis = (System.nanoTime() - written) / 1_000_000;
            System.out.println("[LiveMapBrowserIT] the survey showed on the other map after " + millis + " ms");
            assertThat(page.js("return window.liveMarker;")).as("the page was not reloaded").isEqualTo("no reload");
            page.screenshot("live-edit.png");

            page.js("window.houseSafe.setView(arguments[0], arguments[1], 12);", at[0], at[1]);
            page.until(() -> "vector tiles drawn at zoom 12", d -> drawnTiles(page, 12) > 0);
            assertThat(page.js("return document.getElementById('map-notice').textContent;")).isEqualTo("放大地图以点选房屋");
            assertThat(page.js("""
                    const c = [...document.querySelectorAll(arguments[0])].find((t) => Number(t.dataset.features) > 0);
                    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                    let painted = 0;
                    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) painted++;
                    return painted;""", TILE_CANVASES)).as("painted pixels").isNotEqualTo(0L);
            page.screenshot("live-tiles-z12.png");

            long before = tileRequests(page);
            HttpResponse<String> edit = inspector.header("If-Match", r.headers().firstValue("ETag").orElseThrow())
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .send("PATCH", "/api/buildings/" + id, "application/merge-patch+json",
                            java.net.http.HttpRequest.BodyPublishers.ofString("{\"properties\":{\"basic\":{\"address\":\"华兴街道测试路99号\"}}}"));
            assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
            new WebDriverWait(page.driver, WITHIN).withMessage("the tile holding the edited building is fetched again")
                    .until(d -> tileRequests(page) > before);

            tap(page, at[0], at[1]);
            page.until(() -> "a tap on a drawn cell zooms in by two", d -> zoom(page) == 14 && drawnTiles(page, 14) > 0);

            page.js("window.houseSafe.setView(arguments[0], arguments[1], 15);", at[0], at[1]);
            page.until(() -> "vector tiles drawn at zoom 15", d -> drawnTiles(page, 15) > 0);

            // Zoom 16: the tiles carry footprints; a tap on one opens its record at street zoom.
            double[] centre = {at[0] + 6 / (111_320.0 * Math.cos(Math.toRadians(at[1]))), at[1] + 5 / 111_320.0};
            page.js("window.houseSafe.setView(arguments[0], arguments[1], 16);", centre[0], centre[1]);
            page.until(() -> "footprints drawn from tiles at zoom 16", d -> drawnTiles(page, 16) > 0);
            page.screenshot("live-tiles-z16.png");
            tap(page, centre[0], centre[1]);
            page.wait.until(ExpectedConditions.textToBe(By.id("panel-house-code"), building.houseCode()));
            page.until(() -> "street zoom after opening a building", d -> zoom(page) == 17);
            waitDrawn(page, id);
            page.waitForFill(id, RED);
        }
    }

    private static void tap(MapPage page, double lon, double lat) {
        @SuppressWarnings("unchecked")
        Map<String, Object> xy = (Map<String, Object>) page.js("return window.houseSafe.screenPoint(arguments[0], arguments[1]);", lon, lat);
        new Actions(page.driver).moveToLocation(((Number) xy.get("x")).intValue(), ((Number) xy.get("y")).intValue()).click().perform();
    }

    /** Waits until building id is drawn as a footprint ({@link MapPage#fillOf} wants it drawn). */
    private static void waitDrawn(MapPage page, String id) {
        page.until(() -> "building " + id + " drawn", d -> page.js("return window.houseSafe.buildingStyle(arguments[0]);", id) != null);
    }

    private static int zoom(MapPage page) {
        return ((Number) page.js("return window.houseSafe.map.getZoom();")).intValue();
    }

    /** Tiles of zoom z drawn with at least one feature. */
    private static long drawnTiles(MapPage page, int z) {
        return (Long) page.js("return [...document.querySelectorAll(arguments[0])]"
                + ".filter((t) => t.dataset.z === arguments[1] && Number(t.dataset.features) > 0).length;",
                TILE_CANVASES, String.valueOf(z));
    }

    private static long tileRequests(MapPage page) {
        return (Long) page.js("return performance.getEntriesByType('resource').filter((e) => e.name.includes('.mvt')).length;");
    }
}
