package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.housesafe.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map page as a user drives it in one browser: sign in, tap a building on the canvas, use
 * the panel's action forms. Waits on conditions, never on time. Screenshots go to target-…/screenshots.
 */
final class MapPage {
    static final Path SCREENS = Path.of(System.getProperty("housesafe.test.tmp", "target/test-tmp"))
            .getParent().resolve("screenshots");

    final Browser browser;
    final WebDriver driver;
    final WebDriverWait wait;

    MapPage(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens the map at lon, lat, zoom 19 and signs in as user on the way. */
    MapPage signIn(TestApp app, String user, double lon, double lat) {
        return signIn(app, user, String.format(Locale.ROOT, "/#map=19/%.6f/%.6f", lat, lon));
    }

    /** Opens path (e.g. "/" for the user's first view) and signs in as user on the way. */
    MapPage signIn(TestApp app, String user, String path) {
        return signIn(app, user, TestApp.PASSWORD, path);
    }

    /** The same with the user's own password (a demo account's, say). */
    MapPage signIn(TestApp app, String user, String password, String path) {
        driver.get(app.base() + path);
        wait.until(ExpectedConditions.urlContains("/login.html"));
        driver.findElement(By.id("login-username")).sendKeys(user);
        driver.findElement(By.id("login-password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("map"), "class", "leaflet-container"));
        // On a phone the user's name sits in the folded header menu: read it, not its visible text.
        wait.until(ExpectedConditions.attributeToBe(By.id("user-name"), "textContent", user));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        return this;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until building id is drawn and taps it on the canvas, then waits for its panel. */
    void tapBuilding(String id, String houseCode) {
        Map<String, Object> point = wait.until(d -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) js("return window.houseSafe && window.houseSafe.buildingPoint(arguments[0]);", id);
            return p != null && Boolean.TRUE.equals(p.get("clickable")) ? p : null;
        });
        new Actions(driver).moveToLocation(((Number) point.get("x")).intValue(), ((Number) point.get("y")).intValue())
                .click().perform();
        wait.until(ExpectedConditions.textToBe(By.id("panel-house-code"), houseCode));
        wait.until(ExpectedConditions.attributeToBe(By.id("panel"), "data-state", "loaded"));
    }

    /** Taps the map at lon, lat (as a finger would, on whatever is there). */
    void tapAt(double lon, double lat) {
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) js("return window.houseSafe.screenPoint(arguments[0], arguments[1]);", lon, lat);
        new Actions(driver).moveToLocation(((Number) p.get("x")).intValue(), ((Number) p.get("y")).intValue()).click().perform();
    }

    /** Presses 新建房屋, taps corners ([lon, lat] each) one by one and finishes: the create form opens. */
    WebElement drawNewBuilding(double[][] corners) {
        // The creation tools load after the first view; their button shows once they are there.
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-building"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("map-bar")));
        for (int i = 0; i < corners.length; i++) {
            tapAt(corners[i][0], corners[i][1]);
            int drawn = i + 1;
            wait.until(d -> d.findElements(By.cssSelector(".vertex-handle[data-corner]")).size() == drawn);
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.id("draw-finish"))).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("create-panel")));
    }

    /** The fill colour building id is drawn with now. */
    String fillOf(String id) {
        @SuppressWarnings("unchecked")
        Map<String, Object> style = (Map<String, Object>) js("return window.houseSafe.buildingStyle(arguments[0]);", id);
        assertThat(style).as("building %s is drawn", id).isNotNull();
        return String.valueOf(style.get("fillColor"));
    }

    void waitForFill(String id, String colour) {
        until(() -> "building " + id + " drawn in " + colour + "; it is " + fillOf(id), d -> colour.equals(fillOf(id)));
    }

    /**
     * Waits for condition; a timeout says what was expected and what is there. An element the
     * panel redrew while it was being read is read again (the panel redraws as answers arrive).
     */
    <T> T until(java.util.function.Supplier<String> message, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(message)
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** The labels of the action buttons in the panel. */
    List<String> actionButtons() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#panel-actions .action-button")));
        return driver.findElements(By.cssSelector("#panel-actions .action-button")).stream()
                .map(e -> e.getAttribute("data-action")).toList();
    }

    /** Presses the action's button and returns its form. */
    WebElement openAction(String action) {
        actionButtons();
        driver.findElement(By.cssSelector("#panel-actions .action-button[data-action='" + action + "']")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel-actions form.action-form[data-action='" + action + "']")));
    }

    WebElement form() {
        return driver.findElement(By.cssSelector("#panel-actions form.action-form"));
    }

    void select(String field, String value) {
        new Select(form().findElement(By.cssSelector("select[name='" + field + "']"))).selectByValue(value);
    }

    String selected(String field) {
        return form().findElement(By.cssSelector("select[name='" + field + "']")).getAttribute("value");
    }

    void check(String field, String value) {
        WebElement box = form().findElement(By.cssSelector("[data-field='" + field + "'] input[value='" + value + "']"));
        if (!box.isSelected()) {
            box.click();
        }
    }

    boolean isChecked(String field, String value) {
        return form().findElement(By.cssSelector("[data-field='" + field + "'] input[value='" + value + "']")).isSelected();
    }

    WebElement note() {
        return form().findElement(By.cssSelector("textarea[name='note']"));
    }

    /** Chooses a photo file as the camera would deliver it and waits for its thumbnail. */
    void addPhoto(Path file) {
        int before = form().findElements(By.cssSelector(".photo-item[data-state='done']")).size();
        form().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> form().findElements(By.cssSelector(".photo-item[data-state='done'] img.photo-thumb")).size() > before);
    }

    void submit() {
        form().findElement(By.cssSelector(".action-submit")).click();
    }

    /** Waits until the form is gone and the panel shows the building at version (after a write). */
    void waitForVersion(long version) {
        until(() -> "panel at version " + version + "; it shows " + driver.findElement(By.id("panel")).getAttribute("data-version")
                        + "; form message: " + driver.findElements(By.cssSelector("#panel-actions .form-message, #panel-actions .notice"))
                        .stream().map(WebElement::getText).toList(),
                ExpectedConditions.attributeToBe(By.id("panel"), "data-version", String.valueOf(version)));
    }

    /** The event types of the timeline, newest first. */
    List<String> timelineTypes() {
        return driver.findElements(By.cssSelector("#panel .timeline-item")).stream()
                .map(e -> e.getAttribute("data-type")).toList();
    }

    void waitForTimeline(String... types) {
        until(() -> "timeline with " + List.of(types) + "; it has " + timelineTypes(), d -> timelineTypes().containsAll(List.of(types)));
    }

    /** The newest timeline item of type (the timeline lists the newest first). */
    WebElement latestTimelineItem(String type) {
        List<WebElement> items = driver.findElements(By.cssSelector("#panel .timeline-item[data-type='" + type + "']"));
        assertThat(items).as("timeline items of type %s", type).isNotEmpty();
        return items.get(0);
    }

    /**
     * Cuts or restores the page's network with DevTools' emulation; navigator.onLine and the
     * online/offline events follow. It does not cut the service worker's own requests: for a
     * phone out of signal, stop the server too ({@link #goOffline}).
     */
    void emulateOffline(boolean offline) {
        HasCdp cdp = (HasCdp) driver;
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        until(() -> "navigator.onLine is " + !offline, d -> Boolean.valueOf(!offline).equals(js("return navigator.onLine;")));
    }

    /** Out of signal: the page offline and the server stopped, so that the service worker's requests fail too. */
    void goOffline(TestApp app) {
        emulateOffline(true);
        app.unplug();
    }

    /** Back in signal (after {@link #goOffline}): the server serves again and the page is online. */
    void goOnline(TestApp app) {
        app.plug();
        emulateOffline(false);
    }

    /** Waits until the service worker controls the page (the app is precached) and the user's streets are kept. */
    void waitUntilKeptForOffline() {
        until(() -> "the service worker controls the page", d -> Boolean.TRUE.equals(js("return !!navigator.serviceWorker.controller;")));
        until(() -> "the user's streets are synced", d -> d.findElement(By.tagName("body")).getAttribute("data-offline-synced") != null);
    }

    /** Waits until the page says it is offline (the banner, with the data's time). */
    void waitForOfflineBanner() {
        until(() -> "the offline banner", d -> d.findElement(By.id("offline-banner")).isDisplayed());
        assertThat(driver.findElement(By.tagName("body")).getAttribute("data-network")).isEqualTo("offline");
    }

    void screenshot(String name) {
        browser.screenshot(SCREENS.resolve(name));
    }
}
