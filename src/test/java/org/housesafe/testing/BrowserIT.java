package org.housesafe.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

class BrowserIT {

    private static final String PAGE = "data:text/html;charset=utf-8,"
            + "<html><body><h1 id='t'>%E6%88%BF%E5%B1%8B%E5%AE%89%E5%85%A8 HouseSafe</h1></body></html>";

    @Test
    void renders_a_local_page_at_phone_width_saves_a_screenshot_and_cleans_up() throws Exception {
        Path shot = TestTmp.dir().resolve("screens/browser-selftest-360.png");
        Path profile;
        try (Browser browser = Browser.start()) {
            browser.driver().get(PAGE);
            assertThat(browser.driver().findElement(By.id("t")).getText()).isEqualTo("房屋安全 HouseSafe");
            assertThat(browser.viewport()).isEqualTo(new Dimension(1280, 800));

            browser.setWindowSize(360, 740);
            assertThat(browser.viewport()).isEqualTo(new Dimension(360, 740));

            browser.screenshot(shot);
            profile = browser.profile();
            assertThat(profile).startsWith(TestTmp.dir()).isDirectory();
        }
        assertThat(Files.size(shot)).isGreaterThan(1000);
        assertThat(profile).doesNotExist();
    }
}
