package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.housesafe.account.Role;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 我的任务 with no network (issue 14 point 5, "also reachable offline from the cached data"): an
 * inspector of 华兴 loads the map online (the service worker precaches the app and the street is
 * kept), the phone goes out of signal (DevTools offline for the page, the server stopped for the
 * worker), the page is reloaded, and 我的任务 shows the same groups, counts and buildings as
 * online: the worker answers the panel's status and overdue lists, page by page, from the kept
 * street (shared/offline/offline-query.js).
 */
class TasksOfflineBrowserIT extends DemoWorldTest {
    @Test
    void my_tasks_offline_show_the_groups_counts_and_buildings_seen_online() throws Exception {
        String inspector = world.huaxingUser("hx-tasks-offline", Role.INSPECTOR);
        try (Browser phone = Browser.start(390, 844)) {
            MapPage page = new MapPage(phone).signIn(world.app, inspector, "/");
            page.waitUntilKeptForOffline();
            List<String> online = tasks(page);
            String overdue = "/api/buildings?limit=1&overdue=true&street=" + DemoWorld.HUAXING;
            assertThat(world.numberMatched(overdue)).as("the demo street has overdue buildings (the overdue list is exercised)").isPositive();
            assertThat(online).as("groups online").hasSize(4);
            assertThat(online.get(0)).startsWith("overdue " + world.numberMatched(overdue) + ":");

            page.goOffline(world.app);
            page.driver.navigate().refresh();
            page.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            page.waitForOfflineBanner();
            page.wait.until(ExpectedConditions.attributeToBe(By.id("user-name"), "textContent", inspector));
            assertThat(page.js("""
                    const b = document.getElementById('offline-banner').getBoundingClientRect();
                    return [...document.querySelectorAll('.map-tools .map-tool, .map-fab, .leaflet-control')]
                      .filter((e) => e.offsetParent).filter((e) => {
                        const r = e.getBoundingClientRect();
                        return r.top < b.bottom && r.bottom > b.top && r.left < b.right && r.right > b.left;
                      }).map((e) => e.id || e.className);""")).as("controls under the offline banner").isEqualTo(List.of());
            assertThat(tasks(page)).as("groups offline").isEqualTo(online);
            page.screenshot("tasks-offline.png");
            page.goOnline(world.app);
        }
    }

    /** Opens 我的任务 and reads each group as "id count: the buildings listed, in order"; closes it. */
    private static List<String> tasks(MapPage page) {
        page.wait.until(ExpectedConditions.elementToBeClickable(By.id("tasks-button"))).click();
        page.wait.until(ExpectedConditions.attributeToBe(By.id("tasks-panel"), "data-state", "loaded"));
        List<String> groups = page.until(() -> "the task groups", d -> d.findElements(By.cssSelector("#tasks-panel .task-group"))
                .stream().map(TasksOfflineBrowserIT::group).toList());
        page.driver.findElement(By.id("tasks-close")).click();
        return groups;
    }

    private static String group(WebElement group) {
        List<String> ids = group.findElements(By.cssSelector(".task-item")).stream().map(e -> e.getAttribute("data-id")).toList();
        return group.getAttribute("data-group") + " " + group.getAttribute("data-count") + ": " + String.join(",", ids);
    }
}
