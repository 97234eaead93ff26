package org.housesafe.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium driven through Debian's chromedriver, with a fresh profile under the
 * build directory. The driver path is given explicitly, so Selenium Manager never runs, and the
 * browser's own background traffic (updates, sync, component downloads) is switched off: a test
 * reaches only the URLs it opens.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start()) {
 *     browser.driver().get(app.url("/"));
 *     browser.setWindowSize(360, 740);          // phone layout
 *     browser.screenshot(Path.of("target/screens/phone.png"));
 * }
 * }</pre>
 *
 * When Chromium or chromedriver is missing, {@link #start()} skips the test, or fails it under
 * {@code CI=true} (see {@link Requirements}).
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String INSTALL = "apt-get install chromium chromium-driver fonts-wqy-microhei";

    private final ChromeDriver driver;
    private final Path profile;
    private boolean closed;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser with a 1280×800 viewport. */
    public static Browser start() {
        return start(1280, 800);
    }

    /** Starts a browser whose viewport is {@code width}×{@code height} CSS pixels. */
    public static Browser start(int width, int height) {
        Requirements.require("Chromium (" + CHROMIUM + ")", Files.isExecutable(CHROMIUM), INSTALL);
        Requirements.require("chromedriver (" + CHROMEDRIVER + ")", Files.isExecutable(CHROMEDRIVER), INSTALL);
        Path profile;
        try {
            profile = Files.createTempDirectory(TestTmp.dir(), "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        try {
            Browser browser = new Browser(new ChromeDriver(service, options), profile);
            browser.setWindowSize(width, height);
            return browser;
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Resizes the window so that the page's viewport ({@code window.innerWidth} × {@code innerHeight})
     * is {@code width}×{@code height} CSS pixels, e.g. 360 wide for a phone check.
     */
    public void setWindowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Dimension viewport = viewport();
        int extraWidth = width - viewport.getWidth();
        int extraHeight = height - viewport.getHeight();
        if (extraWidth != 0 || extraHeight != 0) {
            driver.manage().window().setSize(new Dimension(width + extraWidth, height + extraHeight));
        }
    }

    /** The fresh profile directory under the build directory (deleted on close). */
    Path profile() {
        return profile;
    }

    /** The page's viewport in CSS pixels. */
    public Dimension viewport() {
        List<?> size = (List<?>) ((JavascriptExecutor) driver)
                .executeScript("return [window.innerWidth, window.innerHeight];");
        return new Dimension(((Number) size.get(0)).intValue(), ((Number) size.get(1)).intValue());
    }

    /** Saves a PNG of the viewport to {@code file}, creating its directory; returns {@code file}. */
    public Path screenshot(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the screenshot " + file, e);
        }
    }

    /** Quits the browser and the driver and deletes the profile. Safe to call twice. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } finally {
            deleteProfile(profile);
        }
    }

    private static void deleteProfile(Path profile) {
        // Chromium's helpers may still be flushing files for a moment after quit().
        for (int attempt = 1; ; attempt++) {
            try {
                TestTmp.deleteTree(profile);
                return;
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 5) {
                    System.err.println("[Browser] could not delete " + profile + ": " + e);
                    return;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
