package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.housesafe.account.Scope;
import org.housesafe.demo.DemoAccounts;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
            // Jetty logs a request once answered, maybe after the next line ran: listen from here
            // on, so the test's own history request below is the one there is.
            List<String> requests = new CopyOnWriteArrayList<>();
            world.app.onRequest(requests::add);
            int entries = world.events(id).size();
            assertThat(entries).as("a history worth showing").isGreaterThanOrEqualTo(3);
            var centre = world.app.services.buildings().get(UUID.fromString(id), Scope.ALL).footprint().getInteriorPoint();

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
            assertThat(requests).as("the record was never opened online (the one request is the test's own)")
                    .filteredOn(p -> p.startsWith("/api/buildings/" + id)).containsExactly("/api/buildings/" + id + "/events");
            assertThat(requests).as("the histories came in pages").filteredOn(p -> p.startsWith("/api/events"))
                    .hasSizeGreaterThan(1);

            page.goOffline(world.app);
            page.driver.navigate().refresh();
            OfflineBrowserIT.waitForMap(page);
            page.waitForOfflineBanner();
            page.tapBuilding(id, houseCode);
            page.until(() -> entries + " history entries; shown: " + page.timelineTypes(),
                    d -> page.timelineTypes().size() == entries);
            // Kept as its full record: the actions the inspector may take are offered, and a form opens.
            assertThat(page.driver.findElements(By.cssSelector("#panel-actions .action-button[data-action='edit']")))
                    .as("the edit action of a record never opened online").hasSize(1);
            page.openAction("edit");
            assertThat(page.driver.findElement(By.cssSelector("form.action-form input[name='address']")).getAttribute("value"))
                    .as("the edit form filled from the kept record").isNotBlank();
            page.screenshot("offline-history-390.png");
            world.app.plug();
        }
    }
}
