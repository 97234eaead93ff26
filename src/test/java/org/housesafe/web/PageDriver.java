package org.housesafe.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.housesafe.testing.Browser;
import org.housesafe.testing.TestTmp;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page other than the map (ledger, export) as a user drives it: sign in on the way to it, wait
 * for its answers, and receive its downloads in a directory of the test run (Chromium told so
 * through the DevTools command {@code Browser.setDownloadBehavior}). Waits on conditions, never on time.
 */
final class PageDriver {
    static final Path SCREENS = MapPage.SCREENS;

    final Browser browser;
    final WebDriver driver;
    final WebDriverWait wait;
    final Path downloads;

    PageDriver(Browser browser) throws IOException {
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.downloads = Files.createTempDirectory(TestTmp.dir(), "downloads-");
        ((HasCdp) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
    }

    /** Opens path (e.g. "/ledger.html"), signs in as user when sent to the login page, waits until the page is ready. */
    PageDriver signIn(String base, String path, String user, String password) {
        driver.get(base + path);
        wait.until(ExpectedConditions.urlContains("/login.html"));
        driver.findElement(By.id("login-username")).sendKeys(user);
        driver.findElement(By.id("login-password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlContains(path));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-bar"), user));
        waitReady();
        return this;
    }

    void waitReady() {
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits for condition; a timeout says what was expected and what is there. */
    <T> T until(Supplier<String> message, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).withMessage(message).until(condition);
    }

    /** The files in the download directory now. */
    List<Path> downloaded() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Waits until exactly one finished file ending in {@code extension} is in the download
     * directory (no partial {@code .crdownload} left, size steady between two looks) and returns it.
     */
    Path awaitDownload(String extension) {
        long[] lastSize = {-1};
        return until(() -> "a finished *" + extension + " download in " + downloads + "; there are " + downloaded(), d -> {
            List<Path> files = downloaded();
            if (files.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
                return null;
            }
            List<Path> matching = files.stream().filter(f -> f.toString().endsWith(extension)).toList();
            if (matching.size() != 1) {
                return null;
            }
            long size = matching.get(0).toFile().length();
            boolean steady = size > 0 && size == lastSize[0];
            lastSize[0] = size;
            return steady ? matching.get(0) : null;
        });
    }

    void screenshot(String name) {
        browser.screenshot(SCREENS.resolve(name));
    }
}
