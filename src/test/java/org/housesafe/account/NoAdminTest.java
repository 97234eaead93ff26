package org.housesafe.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.housesafe.account.AccountTesting.call;
import static org.housesafe.account.AccountTesting.json;
import static org.housesafe.account.AccountTesting.problem;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.housesafe.account.AccountTesting.ConfiguredApp;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Getting started: with no administrator the data stays closed, with a 503 that says what to do. */
class NoAdminTest {
    private Database db;
    private ConfiguredApp app;

    @BeforeEach
    void start() {
        db = AccountTesting.memDb("no-admin");
        app = new ConfiguredApp(db, Config.Security.DEFAULT, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        app.close();
        db.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/buildings", "/api/me", "/api/users", "/api/security-events"})
    void data_routes_answer_503_naming_the_command_that_creates_an_admin(String path) {
        HttpResponse<String> r = call(app.base(), "GET", path).send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(problem(r)).isEqualTo("/problems/no-admin");
        assertThat(json(r).get("detail").asText()).contains("user add --role admin");
        SecurityHeadersTest.assertSecurityHeaders(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/api/config", "/", "/login.html", "/js/map/app.js"})
    void health_config_and_the_web_app_still_answer(String path) {
        assertThat(call(app.base(), "GET", path).send().statusCode()).isEqualTo(200);
    }

    @Test
    void a_user_who_is_not_an_admin_does_not_open_the_data() {
        User inspector = app.user("early-bird", Role.DISTRICT, Scope.ALL);
        String token = app.services.tokens().create(inspector, "t", LocalDate.now().plusDays(1)).secret();
        assertThat(call(app.base(), "GET", "/api/buildings").bearer(token).send().statusCode()).isEqualTo(503);
    }

    @Test
    void a_disabled_admin_does_not_count() {
        User boss = app.user("boss", Role.ADMIN, Scope.ALL);
        // Users refuses to disable the last admin, so the state is made in the store directly.
        app.services.accounts().update(new User(boss.id(), boss.username(), boss.role(), boss.scope(),
                boss.passwordHash(), true, false, boss.createdAt(), boss.passwordChangedAt()));
        assertThat(call(app.base(), "GET", "/api/buildings").send().statusCode()).isEqualTo(503);
    }

    @Test
    void once_an_admin_exists_the_service_is_normal() {
        assertThat(call(app.base(), "GET", "/api/buildings").send().statusCode()).isEqualTo(503);
        User boss = app.user("boss", Role.ADMIN, Scope.ALL);
        assertThat(call(app.base(), "GET", "/api/buildings").send().statusCode()).isEqualTo(401);
        String token = app.services.tokens().create(boss, "t", LocalDate.now().plusDays(1)).secret();
        HttpResponse<String> r = call(app.base(), "GET", "/api/buildings").bearer(token).send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(AccountTesting.signIn(app.base(), "boss")).isNotEmpty();
    }
}
