package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.housesafe.account.Role;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Creating a building in the field (issue 14 point 7), on a phone: the form proposes the next
 * free house code of the community the drawn outline lies in, the outline stays drawn above the
 * form, and 用途 must be chosen before anything is sent. Needs GET /api/house-codes/next.
 */
class FieldCreateBrowserIT extends DemoWorldTest {
    private static final String PROPOSED = "\\d{12}-\\d{4}";

    @Test
    void the_form_proposes_the_community_code_keeps_the_outline_in_view_and_requires_the_use() throws Exception {
        String inspector = world.huaxingUser("hx-field", Role.INSPECTOR);
        TestClient api = world.app.client(world.app.token(world.app.services.accounts().byName(inspector).orElseThrow()));
        double[] at = world.freePlace(4);
        double dLat = 10 / 111_320.0;
        double dLon = 14 / (111_320.0 * Math.cos(Math.toRadians(at[1])));
        HttpResponse<String> next = api.get(String.format(Locale.ROOT, "/api/house-codes/next?lon=%.7f&lat=%.7f",
                at[0] + dLon / 2, at[1] + dLat / 2));
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
        JsonNode proposal = DemoWorld.JSON.readTree(next.body());
        String code = proposal.get("houseCode").asText();
        assertThat(code).matches(PROPOSED).startsWith(proposal.at("/community/code").asText());
        String community = proposal.at("/community/name").asText();

        try (Browser phone = Browser.start(390, 844)) {
            MapPage page = new MapPage(phone).signIn(world.app, inspector, at[0], at[1]);
            double[][] corners = {{at[0], at[1]}, {at[0] + dLon, at[1]}, {at[0] + dLon, at[1] + dLat}, {at[0], at[1] + dLat}};
            WebElement panel = page.drawNewBuilding(corners);

            WebElement houseCode = page.driver.findElement(By.id("create-houseCode"));
            page.until(() -> "the proposed code " + code + " in the field; it holds " + houseCode.getAttribute("value")
                    + ", hint: " + page.driver.findElement(By.id("create-code-hint")).getText(),
                    d -> code.equals(houseCode.getAttribute("value")));
            WebElement hint = page.driver.findElement(By.id("create-code-hint"));
            assertThat(hint.getAttribute("data-state")).isEqualTo("proposed");
            assertThat(hint.getText()).contains(community, code);

            WebElement outline = page.driver.findElement(By.cssSelector(".leaflet-editing-pane path"));
            Rectangle shape = outline.getRect();
            Rectangle form = panel.getRect();
            Rectangle map = page.driver.findElement(By.id("map")).getRect();
            assertThat(shape.getWidth()).as("the outline is drawn").isGreaterThan(10);
            assertThat(shape.getY()).as("below the top of the map").isGreaterThanOrEqualTo(map.getY());
            assertThat(shape.getY() + shape.getHeight()).as("above the form: %s, form %s", shape, form).isLessThanOrEqualTo(form.getY());
            assertThat(shape.getX()).isGreaterThanOrEqualTo(0);
            assertThat(shape.getX() + shape.getWidth()).isLessThanOrEqualTo(390);

            page.driver.findElement(By.id("create-address")).sendKeys("华兴街道田野路8号");
            page.screenshot("create-proposed-phone.png");
            page.driver.findElement(By.id("create-submit")).click();
            WebElement use = page.driver.findElement(By.id("create-use"));
            page.wait.until(d -> "true".equals(use.getAttribute("aria-invalid")));
            assertThat(page.driver.findElement(By.cssSelector("#create-panel .field-error:not([hidden])")).getText()).isNotBlank();
            assertThat(world.numberMatched("/api/buildings?limit=1&q=" + code)).as("nothing was sent").isZero();

            new Select(use).selectByValue("operating");
            page.driver.findElement(By.id("create-submit")).click();
            page.wait.until(ExpectedConditions.textToBe(By.id("panel-house-code"), code));
            page.wait.until(ExpectedConditions.attributeToBe(By.id("panel"), "data-state", "loaded"));
            JsonNode created = world.building(page.driver.findElement(By.id("panel")).getAttribute("data-building-id"));
            assertThat(created.at("/properties/basic/houseCode").asText()).isEqualTo(code);
            assertThat(created.at("/properties/basic/use").asText()).isEqualTo("operating");
            assertThat(created.at("/properties/communityName").asText()).isEqualTo(community);
        }
    }
}
