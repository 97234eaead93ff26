package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.housesafe.account.Scope;
import org.housesafe.demo.DemoAccounts;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The history of every building of the inspector's street works offline (issue 14 point 2), not
 * only of the records opened online: after the street's histories are synced (GET /api/events),
 * with the network gone (DevTools offline emulation and the server stopped), a building never
 * opened online shows as many history entries as the API has.
 */
class OfflineHistoryBrowserIT {

    @Test
    void a_record_never_opened_online_shows_its_whole_history_offline() throws Exception {
        try (DemoWorld world = new DemoWorld(); Browser browser = Browser.start(390, 844)) {
            DemoAccounts.ensure(world.app.services.users());
            JsonNode building = DemoWorld.JSON.readTree(world.app.get("/api/buildings?limit=1&status=rectifying&street="
                    + DemoWorld.HUAXING).body()).get("features").get(0);
            String id = building.get("id").asText();
            String houseCode = building.get("properties").get("houseCode").asText();
            int entries = world.events(id).size();
            assertThat(entries).as("a history worth showing").isGreaterThanOrEqualTo(3);
            var centre = world.app.services.buildings().get(UUID.fromString(id), Scope.ALL).footprint().getInteriorPoint();

            List<String> requests = new CopyOnWriteArrayList<>();
            world.app.onRequest(requests::add);
            MapPage page = OfflineBrowserIT.signIn(world, browser, centre);
            page.until(() -> "the service worker controls the page",
                    d -> Boolean.TRUE.equals(page.js("return !!navigator.serviceWorker.controller;")));
            page.until(() -> "the street's histories are synced",
                    d -> d.findElement(By.tagName("body")).getAttribute("data-offline-histories") != null);
            assertThat(Integer.parseInt(page.driver.findElement(By.tagName("body")).getAttribute("data-offline-histories")))
                    .as("buildings whose history is kept").isEqualTo(world.numberMatched("/api/buildings?limit=1&street="
                            + DemoWorld.HUAXING));
            // A second visit: the answers the page starts with (who am I…) are kept from the worker's first one on.
            page.driver.navigate().refresh();
            OfflineBrowserIT.waitForMap(page);
            assertThat(requests).as("the record was never opened online")
                    .noneMatch(p -> p.startsWith("/api/buildings/" + id));
            assertThat(requests).as("the histories came in pages").filteredOn(p -> p.startsWith("/api/events"))
                    .hasSizeGreaterThan(1);

            ((HasCdp) page.driver).executeCdpCommand("Network.enable", Map.of());
            OfflineBrowserIT.network(page, true);
            world.app.unplug();
            page.driver.navigate().refresh();
            OfflineBrowserIT.waitForMap(page);
            page.until(() -> "the offline banner", d -> d.findElement(By.id("offline-banner")).isDisplayed());
            page.tapBuilding(id, houseCode);
            page.until(() -> entries + " history entries; shown: " + page.timelineTypes(),
                    d -> page.timelineTypes().size() == entries);
            page.screenshot("offline-history-390.png");
            world.app.plug();
        }
    }
}
