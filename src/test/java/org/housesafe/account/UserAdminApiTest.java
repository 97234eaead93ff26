package org.housesafe.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.housesafe.account.AccountTesting.HUAXING;
import static org.housesafe.account.AccountTesting.LIANHE;
import static org.housesafe.account.AccountTesting.PASSWORD;
import static org.housesafe.account.AccountTesting.call;
import static org.housesafe.account.AccountTesting.json;
import static org.housesafe.account.AccountTesting.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.housesafe.config.Basemap;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin's user API: create, validate role, scope and name, change, and admins only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserAdminApiTest {
    private static final AtomicInteger SEQ = new AtomicInteger();

    Database db;
    TestApp app;
    String admin;

    @BeforeAll
    void start() {
        db = AccountTesting.memDb("users");
        app = new TestApp(db, Basemap.NONE, java.time.Clock.systemUTC());
        app.services.units().insertAll(AccountTesting.streets());
        admin = app.token(app.user("test-admin", Role.ADMIN, Scope.ALL));
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
    }

    private static String body(String name, String role, String scope) {
        return "{\"username\":" + AccountTesting.JSON.valueToTree(name) + ",\"role\":\"" + role + "\",\"scope\":" + scope
                + ",\"password\":\"" + PASSWORD + "\"}";
    }

    private HttpResponse<String> create(String name, String role, String scope) {
        return call(app.base(), "POST", "/api/users").bearer(admin).json(body(name, role, scope)).send();
    }

    private static String fresh(String prefix) {
        return prefix + "-" + SEQ.incrementAndGet();
    }

    private int userCount() {
        return json(call(app.base(), "GET", "/api/users").bearer(admin).send()).get("users").size();
    }

    @Test
    void an_admin_creates_a_street_scoped_user() {
        String name = fresh("inspector");
        HttpResponse<String> r = create(name, "inspector", "[\"" + HUAXING + "\"]");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode u = json(r);
        assertThat(u.get("username").asText()).isEqualTo(name);
        assertThat(u.get("role").asText()).isEqualTo("inspector");
        assertThat(u.get("scope").toString()).isEqualTo("[\"" + HUAXING + "\"]");
        assertThat(u.has("passwordHash")).isFalse();
        assertThat(r.body()).doesNotContain("argon2");
        assertThat(r.headers().firstValue("Location")).hasValue("/api/users/" + u.get("id").asText());
        assertThat(call(app.base(), "GET", "/api/users/" + u.get("id").asText()).bearer(admin).send().statusCode())
                .isEqualTo(200);
        assertThat(AccountTesting.login(app.base(), name, PASSWORD).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"inspector", "street_office", "appraiser"})
    void a_street_role_may_not_have_every_street(String role) {
        int before = userCount();
        for (String scope : new String[] {"[]", "null"}) {
            HttpResponse<String> r = create(fresh(role), role, scope);
            assertThat(r.statusCode()).as(scope + ": " + r.body()).isEqualTo(422);
            assertThat(json(r).get("errors").get(0).get("field").asText()).isEqualTo("scope");
        }
        assertThat(userCount()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"district", "planner", "admin"})
    void a_district_planner_or_admin_may_have_every_street(String role) {
        assertThat(create(fresh(role), role, "[]").statusCode()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"430408999\"]", "[\"" + HUAXING + "\",\"430408999\"]", "[\"abc\"]",
        "[\"4304080031\"]", "[\"430408003' OR '1'='1\"]", "\"" + HUAXING + "\"", "[1]"})
    void unknown_or_malformed_street_codes_are_refused(String scope) {
        HttpResponse<String> r = create(fresh("scoped"), "inspector", scope);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a'; DROP TABLE app_user--", "<script>alert(1)</script>", "", "ab", "-leading-dash",
        "with space", "名字用户", "x\ny", "admin%00"})
    void user_names_with_sql_script_or_odd_characters_are_refused(String name) {
        int before = userCount();
        HttpResponse<String> r = create(name, "planner", "[]");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(json(r).get("errors").get(0).get("field").asText()).isEqualTo("username");
        assertThat(r.body()).doesNotContain("<script>");
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void an_over_long_user_name_is_refused() {
        assertThat(create("u".repeat(65), "planner", "[]").statusCode()).isEqualTo(422);
        assertThat(create(fresh("u".repeat(58)), "planner", "[]").statusCode()).isEqualTo(201);
    }

    @Test
    void a_taken_user_name_is_a_conflict() {
        String name = fresh("twin");
        assertThat(create(name, "planner", "[]").statusCode()).isEqualTo(201);
        HttpResponse<String> r = create(name, "district", "[]");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(app.services.accounts().byName(name).orElseThrow().role()).isEqualTo(Role.PLANNER);
    }

    @Test
    void an_unknown_role_is_refused() {
        assertThat(create(fresh("r"), "superuser", "[]").statusCode()).isEqualTo(422);
        assertThat(create(fresh("r"), "ADMIN", "[]").statusCode()).isEqualTo(422);
    }

    @ParameterizedTest
    @CsvSource({"inspector", "street_office", "district", "appraiser", "planner"})
    void non_admins_get_403_on_user_administration(String role) {
        Role r = org.housesafe.lifecycle.Coded.byCode(Role.class, role).orElseThrow();
        User u = app.user(fresh(role), r, r.mayHaveAllStreets() ? Scope.ALL : Scope.of(java.util.Set.of(HUAXING)));
        String token = app.token(u);
        String base = app.base();
        int before = userCount();
        assertThat(call(base, "GET", "/api/users").bearer(token).send().statusCode()).isEqualTo(403);
        assertThat(call(base, "GET", "/api/users/" + u.id()).bearer(token).send().statusCode()).isEqualTo(403);
        assertThat(call(base, "GET", "/api/security-events").bearer(token).send().statusCode()).isEqualTo(403);
        assertThat(call(base, "POST", "/api/users").bearer(token).json(body(fresh("sneaky"), "admin", "[]")).send()
                .statusCode()).isEqualTo(403);
        HttpResponse<String> promote = call(base, "PATCH", "/api/users/" + u.id()).bearer(token)
                .json("{\"role\":\"admin\",\"scope\":[]}").send();
        assertThat(promote.statusCode()).isEqualTo(403);
        assertThat(problem(promote)).isEqualTo("/problems/forbidden");
        assertThat(call(base, "POST", "/api/users/" + u.id() + "/tokens").bearer(token).json("{\"name\":\"x\"}").send()
                .statusCode()).isEqualTo(403);
        assertThat(app.services.users().get(u.id()).role()).isEqualTo(r);
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void anonymous_callers_get_401_on_user_administration() {
        assertThat(call(app.base(), "GET", "/api/users").send().statusCode()).isEqualTo(401);
        assertThat(call(app.base(), "POST", "/api/users").json(body(fresh("anon"), "admin", "[]")).send().statusCode())
                .isEqualTo(401);
    }

    @Test
    void an_admin_changes_role_scope_and_disabled() {
        String name = fresh("changing");
        String id = json(create(name, "inspector", "[\"" + HUAXING + "\"]")).get("id").asText();
        String path = "/api/users/" + id;

        HttpResponse<String> scope = call(app.base(), "PATCH", path).bearer(admin).json("{\"scope\":[\"" + LIANHE + "\"]}").send();
        assertThat(scope.statusCode()).as(scope.body()).isEqualTo(200);
        assertThat(json(scope).get("scope").toString()).isEqualTo("[\"" + LIANHE + "\"]");
        assertThat(json(scope).get("role").asText()).isEqualTo("inspector");

        HttpResponse<String> all = call(app.base(), "PATCH", path).bearer(admin).json("{\"scope\":[]}").send();
        assertThat(all.statusCode()).as("an inspector may not get every street").isEqualTo(422);

        HttpResponse<String> role = call(app.base(), "PATCH", path).bearer(admin).json("{\"role\":\"district\",\"scope\":[]}").send();
        assertThat(role.statusCode()).as(role.body()).isEqualTo(200);
        assertThat(json(role).get("role").asText()).isEqualTo("district");
        assertThat(json(role).get("scope").size()).isZero();

        HttpResponse<String> back = call(app.base(), "PATCH", path).bearer(admin).json("{\"role\":\"appraiser\"}").send();
        assertThat(back.statusCode()).as("appraiser keeping every street").isEqualTo(422);
        assertThat(app.services.accounts().byName(name).orElseThrow().role()).isEqualTo(Role.DISTRICT);

        HttpResponse<String> off = call(app.base(), "PATCH", path).bearer(admin).json("{\"disabled\":true}").send();
        assertThat(off.statusCode()).isEqualTo(200);
        assertThat(json(off).get("disabled").asBoolean()).isTrue();
        assertThat(AccountTesting.login(app.base(), name, PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void a_role_change_takes_effect_on_the_next_request() {
        User u = app.user(fresh("demoted"), Role.ADMIN, Scope.ALL);
        String token = app.token(u);
        assertThat(call(app.base(), "GET", "/api/users").bearer(token).send().statusCode()).isEqualTo(200);
        assertThat(call(app.base(), "PATCH", "/api/users/" + u.id()).bearer(admin).json("{\"role\":\"planner\"}").send()
                .statusCode()).isEqualTo(200);
        assertThat(call(app.base(), "GET", "/api/users").bearer(token).send().statusCode()).isEqualTo(403);
    }

    @ParameterizedTest
    @CsvSource({"/api/users/00000000-0000-0000-0000-000000000000, 404", "/api/users/not-a-uuid, 400",
        "/api/users/1, 400"})
    void a_missing_or_malformed_user_id_is_refused(String path, int status) {
        assertThat(call(app.base(), "PATCH", path).bearer(admin).json("{\"disabled\":true}").send().statusCode())
                .isEqualTo(status);
        assertThat(call(app.base(), "GET", path).bearer(admin).send().statusCode()).isEqualTo(status);
    }

    @Test
    void bad_field_types_are_422_not_500() {
        String id = json(create(fresh("typed"), "planner", "[]")).get("id").asText();
        for (String body : new String[] {"{\"disabled\":\"yes\"}", "{\"role\":7}", "{\"scope\":{}}", "{\"password\":123}"}) {
            HttpResponse<String> r = call(app.base(), "PATCH", "/api/users/" + id).bearer(admin).json(body).send();
            assertThat(r.statusCode()).as(body + " → " + r.body()).isEqualTo(422);
        }
        assertThat(call(app.base(), "PATCH", "/api/users/" + id).bearer(admin).json("[]").send().statusCode()).isEqualTo(400);
    }

    @Test
    void creating_one_name_in_parallel_makes_one_user_and_conflicts_not_500s() throws Exception {
        String name = fresh("racer");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return create(name, "planner", "[]").statusCode();
                }));
            }
            go.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get());
            }
            assertThat(statuses).as("statuses %s", statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(app.services.accounts().byName(name)).isPresent();
    }
}
