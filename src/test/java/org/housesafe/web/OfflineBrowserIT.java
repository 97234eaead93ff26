package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.housesafe.demo.DemoAccounts;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The installable, offline web app in headless Chromium (issue 14 points 1 and 2): the service
 * worker precaches the app, so a repeat visit asks the server for data only; with the network
 * gone (DevTools' offline emulation for the page, and the server itself stopped, so that the
 * worker's requests fail too) the reloaded map shows the inspector's street from the offline
 * copy, opens a record, and says 离线 with the data's time; with the network back the banner goes.
 */
class OfflineBrowserIT {
    static final String INSPECTOR = "demo-inspector";

    @Test
    void a_repeat_visit_asks_the_server_for_data_only_and_the_map_works_offline() throws Exception {
        try (DemoWorld world = new DemoWorld(); Browser browser = Browser.start(390, 844)) {
            DemoAccounts.ensure(world.app.services.users());
            JsonNode building = DemoWorld.JSON.readTree(world.app.get("/api/buildings?limit=1&status=awaiting_rectification&street="
                    + DemoWorld.HUAXING).body()).get("features").get(0);
            String id = building.get("id").asText();
            String houseCode = building.get("properties").get("houseCode").asText();
            var centre = world.app.services.buildings().get(java.util.UUID.fromString(id),
                    org.housesafe.account.Scope.ALL).footprint().getInteriorPoint();
            MapPage page = signIn(world, browser, centre);
            page.waitUntilKeptForOffline();
            page.tapBuilding(id, houseCode); // its record and history are kept on the way
            page.driver.findElement(By.id("panel-close")).click();

            List<String> requests = new CopyOnWriteArrayList<>();
            world.app.onRequest(requests::add);
            page.driver.navigate().refresh();
            waitForMap(page);
            List<String> appFiles = requests.stream().filter(p -> !p.startsWith("/api/") && !p.startsWith("/tiles/")).toList();
            // The browser's update check of the worker itself (answered 304) is the one exception.
            assertThat(appFiles).as("app files asked of the server on a repeat visit (all: %s)", requests)
                    .allMatch("/sw.js"::equals);
            assertThat(requests).as("the repeat visit asked for data").anyMatch(p -> p.startsWith("/api/"));

            page.goOffline(world.app);
            page.driver.navigate().refresh();
            waitForMap(page);
            page.waitForOfflineBanner();
            String banner = page.driver.findElement(By.id("offline-banner")).getText();
            assertThat(banner).startsWith("离线").contains("数据截至 20");
            page.tapBuilding(id, houseCode);
            page.screenshot("offline-map-390.png");

            page.goOnline(world.app);
            page.until(() -> "the banner goes when the network is back",
                    d -> !d.findElement(By.id("offline-banner")).isDisplayed());
            assertThat(page.driver.findElement(By.tagName("body")).getAttribute("data-network")).isEqualTo("online");
        }
    }

    /** Opens the map at zoom 18 on centre, signs in as the demo inspector and waits for the map. */
    static MapPage signIn(DemoWorld world, Browser browser, org.locationtech.jts.geom.Point centre) {
        MapPage page = new MapPage(browser).signIn(world.app, INSPECTOR, DemoAccounts.PASSWORD,
                String.format(Locale.ROOT, "/#map=18/%.6f/%.6f", centre.getY(), centre.getX()));
        waitForMap(page);
        return page;
    }

    static void waitForMap(MapPage page) {
        page.wait.until(ExpectedConditions.attributeContains(By.id("map"), "class", "leaflet-container"));
        // On a phone the user's name sits in the folded header menu: read it, not its visible text.
        page.wait.until(ExpectedConditions.attributeToBe(By.id("user-name"), "textContent", INSPECTOR));
        page.until(() -> "buildings drawn", d -> {
            String loaded = d.findElement(By.tagName("body")).getAttribute("data-buildings-loaded");
            return loaded != null && Integer.parseInt(loaded) > 0;
        });
    }
}
