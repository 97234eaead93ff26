package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.housesafe.account.Role;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The map on a phone (issue 14 points 4 and 5), as an inspector of 华兴 in a 390×844 viewport:
 * the first view is their street with footprints drawn, the header is one row, the opened
 * building stays above the peeking record sheet (also after an action, which shows the new
 * status and history entry first), the sheet expands and collapses, "locate me" centres on an
 * emulated position (Chromium's DevTools protocol) with its accuracy circle, 我的任务 counts
 * what the API counts, sorted by deadline, and at 360 px no control overlaps another.
 */
class PhoneMapBrowserIT extends DemoWorldTest {
    /** Position emulated for "locate me": in 华兴, 30 m accuracy. */
    private static final double LOCATE_LAT = 26.9012;
    private static final double LOCATE_LON = 112.5741;

    @Test
    void an_inspector_works_the_map_on_a_phone() throws Exception {
        String inspector = world.huaxingUser("hx-phone", Role.INSPECTOR);
        DemoWorld.Target building = world.newUnsurveyedBuilding("HX-PHONE-1", 3);
        try (Browser phone = Browser.start(390, 844)) {
            MapPage page = new MapPage(phone).signIn(world.app, inspector, "/");
            firstViewIsTheStreetWithFootprints(page);
            headerIsOneRowOfLargeControls(page);
            openedBuildingStaysAboveTheSheet(page, building);
            locateMeCentresOnThePosition(page);
            tasksMatchTheApiAndOpenTheirBuilding(page);

            phone.setWindowSize(360, 740);
            page.driver.navigate().refresh();
            page.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            page.wait.until(d -> d.findElement(By.id("tasks-badge")).isDisplayed());
            nothingOverlaps(page, "360 px");
            assertThat(page.js("return document.documentElement.scrollWidth > window.innerWidth;")).isEqualTo(false);
            page.screenshot("phone-360.png");
        }
    }

    private void firstViewIsTheStreetWithFootprints(MapPage page) throws Exception {
        page.wait.until(d -> {
            String loaded = d.findElement(By.tagName("body")).getAttribute("data-buildings-loaded");
            return loaded != null && Integer.parseInt(loaded) > 0;
        });
        assertThat(((Number) page.js("return window.houseSafe.map.getZoom();")).intValue()).isGreaterThanOrEqualTo(17);
        JsonNode streets = DemoWorld.JSON.readTree(world.app.get("/api/admin-units?level=street").body()).get("features");
        JsonNode huaxing = null;
        for (JsonNode f : streets) {
            if (DemoWorld.HUAXING.equals(f.at("/properties/code").asText(f.path("id").asText()))) {
                huaxing = f;
            }
        }
        assertThat(huaxing).as("华兴 among the admin units").isNotNull();
        @SuppressWarnings("unchecked")
        List<Number> centre = (List<Number>) page.js("const c = window.houseSafe.map.getCenter(); return [c.lng, c.lat];");
        double[] box = bounds(huaxing.get("geometry"));
        assertThat(centre.get(0).doubleValue()).isBetween(box[0], box[2]);
        assertThat(centre.get(1).doubleValue()).isBetween(box[1], box[3]);
        page.screenshot("phone-first-view.png");
    }

    private void headerIsOneRowOfLargeControls(MapPage page) {
        Map<String, Object> header = rect(page, ".map-toolbar");
        List<String> controls = List.of("#search-input", "#search-form button", "#filters-toggle", "#menu-toggle");
        for (String control : controls) {
            Map<String, Object> r = rect(page, control);
            assertThat(num(r, "height")).as("%s is a 44 px tap target", control).isGreaterThanOrEqualTo(44);
            assertThat(num(r, "top")).as("%s in the header row", control).isBetween(num(header, "top"), num(header, "top") + 12);
        }
        assertThat(num(header, "height")).as("one header row").isLessThanOrEqualTo(60);
        assertThat(page.driver.findElement(By.id("filter-street")).isDisplayed()).isFalse();
        page.driver.findElement(By.id("filters-toggle")).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filter-status")));
        page.screenshot("phone-filters.png");
        page.driver.findElement(By.id("filters-toggle")).click();
        page.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("filter-status")));
        page.driver.findElement(By.id("menu-toggle")).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
        page.driver.findElement(By.id("menu-toggle")).click();
        page.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("logout")));
        nothingOverlaps(page, "390 px");
    }

    private void openedBuildingStaysAboveTheSheet(MapPage page, DemoWorld.Target building) throws Exception {
        double[] c = centreOf(building.feature().get("geometry"));
        page.js("window.houseSafe.setView(arguments[0], arguments[1], 19);", c[0], c[1]);
        putBelowTheSheetLine(page, c);
        page.tapBuilding(building.id(), building.houseCode());
        assertThat(page.driver.findElement(By.id("panel")).getAttribute("data-sheet")).isEqualTo("peek");
        Map<String, Object> sheet = rect(page, "#panel");
        assertThat(num(sheet, "height")).as("the sheet peeks at about a third").isBetween(0.3 * 844, 0.4 * 844);
        assertAbovePanel(page, c, "on opening");
        page.screenshot("phone-opened.png");

        page.driver.findElement(By.id("panel-expand")).click();
        page.wait.until(ExpectedConditions.attributeToBe(By.id("panel"), "data-sheet", "expanded"));
        page.until(() -> "expanded sheet", d -> num(rect(page, "#panel"), "height") > 0.8 * 844);
        assertThat(num(rect(page, "#panel"), "top")).as("the expanded sheet leaves the header row")
                .isGreaterThanOrEqualTo(num(rect(page, ".map-toolbar"), "bottom"));
        page.driver.findElement(By.id("panel-expand")).click();
        page.wait.until(ExpectedConditions.attributeToBe(By.id("panel"), "data-sheet", "peek"));
        page.until(() -> "peeking sheet", d -> num(rect(page, "#panel"), "height") < 0.4 * 844);

        page.openAction("survey");
        // The form needs room: the sheet expands by itself.
        page.wait.until(ExpectedConditions.attributeToBe(By.id("panel"), "data-sheet", "expanded"));
        page.select("judgement", "none");
        page.js("document.getElementById('panel-body').scrollTop = 10000;");
        putBelowTheSheetLine(page, c);
        page.submit();
        page.waitForVersion(building.version() + 1);
        page.wait.until(ExpectedConditions.attributeToBe(By.id("panel"), "data-sheet", "peek"));
        assertThat(page.driver.findElement(By.id("panel")).getAttribute("data-status")).isEqualTo("surveyed");
        page.waitForTimeline("survey");
        assertThat(page.timelineTypes().get(0)).as("the newest history entry first").isEqualTo("survey");
        assertThat(((Number) page.js("return document.getElementById('panel-body').scrollTop;")).intValue()).isZero();
        page.until(() -> "the sheet has settled at its peek", d -> num(rect(page, "#panel"), "height") < 0.4 * 844);
        assertAbovePanel(page, c, "after the action");
        // The new status and the new history entry are in the peeking sheet, not below it.
        page.until(() -> "the latest entry is the survey", d -> d.findElement(By.cssSelector("#panel .panel-latest")).getText().startsWith("排查"));
        for (String shown : List.of("#panel .status-badge", "#panel .panel-latest")) {
            assertThat(num(rect(page, shown), "bottom")).as("%s in sight in the peeking sheet", shown).isLessThan(844);
        }
        page.screenshot("phone-after-action.png");
        page.driver.findElement(By.id("panel-close")).click();
    }

    private void locateMeCentresOnThePosition(MapPage page) {
        dismissToasts(page);
        HasCdp cdp = (HasCdp) page.driver;
        cdp.executeCdpCommand("Browser.setPermission", Map.of("permission", Map.of("name", "geolocation"),
                "setting", "denied", "origin", world.app.base()));
        page.driver.findElement(By.id("locate")).click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("toasts"), "未获得定位权限"));
        page.screenshot("phone-locate-denied.png");
        dismissToasts(page);

        cdp.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation"), "origin", world.app.base()));
        cdp.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", LOCATE_LAT, "longitude", LOCATE_LON, "accuracy", 30));
        page.driver.findElement(By.id("locate")).click();
        page.until(() -> "the map centred on the emulated position; centre " + page.js("return window.houseSafe.map.getCenter().toString();"),
                d -> ((Number) page.js("return window.houseSafe.map.distance(window.houseSafe.map.getCenter(), [arguments[0], arguments[1]]);",
                        LOCATE_LAT, LOCATE_LON)).doubleValue() < 3);
        Object radius = page.js("""
                const m = window.houseSafe.map; let r = null;
                m.eachLayer((l) => { if (l.getRadius && l._mRadius && l.getLatLng().distanceTo([arguments[0], arguments[1]]) < 1) r = l.getRadius(); });
                return r;""", LOCATE_LAT, LOCATE_LON);
        assertThat(((Number) radius).doubleValue()).as("the accuracy circle, in metres").isEqualTo(30.0);
        page.screenshot("phone-located.png");
    }

    private void tasksMatchTheApiAndOpenTheirBuilding(MapPage page) throws Exception {
        page.driver.findElement(By.id("tasks-button")).click();
        page.wait.until(ExpectedConditions.attributeToBe(By.id("tasks-panel"), "data-state", "loaded"));
        String street = "/api/buildings?limit=1&street=" + DemoWorld.HUAXING;
        Map<String, String> queries = Map.of(
                "overdue", street + "&overdue=true",
                "unsurveyed", street + "&status=unsurveyed",
                "recheck", street + "&status=surveyed",
                "demolition", street + "&status=demolition_ordered");
        List<WebElement> groups = page.driver.findElements(By.cssSelector("#tasks-panel .task-group"));
        assertThat(groups.stream().map(g -> g.getAttribute("data-group")).toList())
                .containsExactly("overdue", "unsurveyed", "recheck", "demolition");
        for (WebElement group : groups) {
            String id = group.getAttribute("data-group");
            long expected = world.numberMatched(queries.get(id));
            assertThat(Long.parseLong(group.getAttribute("data-count"))).as("count of %s", id).isEqualTo(expected);
            assertThat(group.findElement(By.cssSelector(".task-count")).getText()).isEqualTo(String.valueOf(expected));
            List<String> deadlines = new ArrayList<>(group.findElements(By.cssSelector(".task-item")).stream()
                    .map(e -> e.getAttribute("data-deadline")).toList());
            int firstNone = deadlines.indexOf("");
            List<String> dated = firstNone < 0 ? deadlines : deadlines.subList(0, firstNone);
            assertThat(dated).as("%s sorted by deadline", id).isSorted();
            assertThat(deadlines.subList(dated.size(), deadlines.size())).as("%s: no deadline last", id).allMatch(String::isEmpty);
        }
        assertThat(Long.parseLong(page.driver.findElement(By.id("tasks-button")).getAttribute("data-total"))).isPositive();
        page.screenshot("phone-tasks.png");

        WebElement first = page.driver.findElement(By.cssSelector("#tasks-panel .task-item"));
        String id = first.getAttribute("data-id");
        first.click();
        page.wait.until(ExpectedConditions.attributeToBe(By.id("panel"), "data-building-id", id));
        page.wait.until(ExpectedConditions.attributeToBe(By.id("panel"), "data-state", "loaded"));
        assertThat(page.driver.findElement(By.id("tasks-panel")).isDisplayed()).isFalse();
        page.wait.until(d -> page.js("return window.houseSafe.buildingStyle(arguments[0]);", id) != null);
        double[] c = centreOf(world.building(id).get("geometry"));
        assertAbovePanel(page, c, "a task opened");
        page.driver.findElement(By.id("panel-close")).click();
    }

    private static void dismissToasts(MapPage page) {
        page.driver.findElements(By.cssSelector("#toasts .toast-close")).forEach(WebElement::click);
        page.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#toasts .toast"), 0));
    }

    /** No two of the visible header controls, map buttons, legend and zoom buttons overlap. */
    private static void nothingOverlaps(MapPage page, String width) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rects = (List<Map<String, Object>>) page.js("""
                const sel = ['#search-input', '#search-form button', '#filters-toggle', '#menu-toggle', '#new-building',
                  '#tasks-button', '#locate', '#legend', '.leaflet-control-zoom', '.choropleth-toggle'];
                return sel.flatMap((s) => [...document.querySelectorAll(s)]).filter((e) => e.offsetParent !== null)
                  .map((e) => { const r = e.getBoundingClientRect();
                    return { name: e.id || e.className, left: r.left, top: r.top, right: r.right, bottom: r.bottom }; });""");
        assertThat(rects.size()).as("controls found").isGreaterThanOrEqualTo(8);
        for (int i = 0; i < rects.size(); i++) {
            Map<String, Object> a = rects.get(i);
            assertThat(num(a, "right")).as("%s inside the viewport at %s", a.get("name"), width)
                    .isLessThanOrEqualTo(((Number) page.js("return window.innerWidth;")).doubleValue());
            for (int j = i + 1; j < rects.size(); j++) {
                Map<String, Object> b = rects.get(j);
                boolean overlap = num(a, "left") < num(b, "right") && num(b, "left") < num(a, "right")
                        && num(a, "top") < num(b, "bottom") && num(b, "top") < num(a, "bottom");
                assertThat(overlap).as("%s overlaps %s at %s: %s %s", a.get("name"), b.get("name"), width, a, b).isFalse();
            }
        }
    }

    /** Moves the map so that point c lies 250 px below the map's centre, where the sheet will be. */
    private static void putBelowTheSheetLine(MapPage page, double[] c) {
        page.js("""
                const m = window.houseSafe.map, z = m.getZoom();
                m.setView(m.unproject(m.project([arguments[1], arguments[0]], z).subtract([0, 250]), z), z, { animate: false });""",
                c[0], c[1]);
    }

    private static void assertAbovePanel(MapPage page, double[] c, String when) {
        page.until(() -> "footprint centre above the sheet " + when, d -> {
            Map<String, Object> p = page.js("return window.houseSafe.screenPoint(arguments[0], arguments[1]);", c[0], c[1]) instanceof Map<?, ?> m
                    ? cast(m) : null;
            Map<String, Object> sheet = rect(page, "#panel");
            Map<String, Object> map = rect(page, "#map");
            return p != null && num(p, "y") > num(map, "top") + 20 && num(p, "y") < num(sheet, "top") - 20
                    && num(p, "x") > 20 && num(p, "x") < num(map, "right") - 20;
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rect(MapPage page, String selector) {
        return (Map<String, Object>) page.js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return {left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height};", selector);
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    /** [minLon, minLat, maxLon, maxLat] of a Polygon or MultiPolygon. */
    private static double[] bounds(JsonNode geometry) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        geometry.findValues("coordinates").forEach(c -> walk(c, b));
        return b;
    }

    private static void walk(JsonNode node, double[] b) {
        if (node.isArray() && node.size() >= 2 && node.get(0).isNumber()) {
            b[0] = Math.min(b[0], node.get(0).asDouble());
            b[1] = Math.min(b[1], node.get(1).asDouble());
            b[2] = Math.max(b[2], node.get(0).asDouble());
            b[3] = Math.max(b[3], node.get(1).asDouble());
        } else {
            node.forEach(n -> walk(n, b));
        }
    }

    /** Centre [lon, lat] of a footprint's bounding box. */
    private static double[] centreOf(JsonNode geometry) {
        double[] b = bounds(geometry);
        return new double[] {(b[0] + b[2]) / 2, (b[1] + b[3]) / 2};
    }
}
