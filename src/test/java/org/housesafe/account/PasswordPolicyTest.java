package org.housesafe.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.housesafe.account.AccountTesting.PASSWORD;
import static org.housesafe.account.AccountTesting.call;
import static org.housesafe.account.AccountTesting.json;
import static org.housesafe.account.AccountTesting.problem;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.housesafe.config.Basemap;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Argon2id hashes and the NIST-style policy: length, a list of common passwords, no composition rules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordPolicyTest {
    private static final Pattern ARGON2 = Pattern.compile("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$.+\\$.+$");

    Database db;
    TestApp app;
    String admin;
    int created;

    @BeforeAll
    void start() {
        db = AccountTesting.memDb("passwords");
        app = new TestApp(db, Basemap.NONE, java.time.Clock.systemUTC());
        admin = app.token(app.user("test-admin", Role.ADMIN, Scope.ALL));
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
    }

    private HttpResponse<String> create(String password) {
        String name = "pw-user-" + (++created);
        return call(app.base(), "POST", "/api/users").bearer(admin).json("{\"username\":\"" + name
                + "\",\"role\":\"planner\",\"scope\":[],\"password\":" + AccountTesting.JSON.valueToTree(password) + "}")
                .send();
    }

    @Test
    void the_stored_hash_is_argon2id_with_at_least_19_mib_and_2_iterations() {
        app.user("hashed", Role.PLANNER, Scope.ALL);
        String hash = AccountTesting.queryText(db, "SELECT password_hash FROM app_user WHERE username = ?", "hashed");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
        Matcher m = ARGON2.matcher(hash);
        assertThat(m.matches()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isGreaterThanOrEqualTo(19_456);
        assertThat(Integer.parseInt(m.group(2))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void two_users_with_one_password_get_different_salts() {
        app.user("salt-one", Role.PLANNER, Scope.ALL);
        app.user("salt-two", Role.PLANNER, Scope.ALL);
        String sql = "SELECT password_hash FROM app_user WHERE username = ?";
        assertThat(AccountTesting.queryText(db, sql, "salt-one")).isNotEqualTo(AccountTesting.queryText(db, sql, "salt-two"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "123456789", "nine-char", "abcdefgh\uD83D\uDE00"})
    void a_password_under_ten_characters_is_refused_as_weak(String password) {
        HttpResponse<String> r = create(password);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(problem(r)).isEqualTo("/problems/weak-password");
        assertThat(json(r).get("errors").get(0).get("field").asText()).isEqualTo("password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123", "1234567890", "qwertyuiop", "PASSWORD123", "QwertyUiop"})
    void a_listed_common_password_is_refused_whatever_its_case(String password) {
        HttpResponse<String> r = create(password);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(problem(r)).isEqualTo("/problems/weak-password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaqq", "lowercaseonlyletters", "房屋安全排查整治一张图", "0123498765"})
    void long_passwords_pass_without_composition_rules(String password) {
        HttpResponse<String> r = create(password);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @Test
    void an_over_long_password_is_refused() {
        assertThat(create("x".repeat(Passwords.MAX_LENGTH + 1)).statusCode()).isEqualTo(422);
        assertThat(create("x".repeat(Passwords.MAX_LENGTH)).statusCode()).isEqualTo(201);
    }

    @Test
    void a_user_changing_to_a_weak_password_is_refused_and_keeps_the_old_one() {
        app.user("changer", Role.PLANNER, Scope.ALL);
        String cookie = AccountTesting.signIn(app.base(), "changer");
        for (String weak : new String[] {"too-short", "password123"}) {
            HttpResponse<String> r = call(app.base(), "POST", "/api/me/password").browser(cookie)
                    .json("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + weak + "\"}").send();
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(problem(r)).isEqualTo("/problems/weak-password");
        }
        assertThat(AccountTesting.login(app.base(), "changer", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void the_policy_counts_characters_not_utf16_units() {
        assertThat(Passwords.problem("房屋安全排查整治一张")).isEmpty();
        assertThat(Passwords.problem("😀😀😀😀😀😀😀😀😀")).isPresent();
        assertThat(Passwords.problem(null)).isPresent();
    }

    @Test
    void matches_accepts_only_the_hashed_password() {
        String hash = Passwords.hash("a long enough secret");
        assertThat(Passwords.matches("a long enough secret", hash)).isTrue();
        assertThat(Passwords.matches("a long enough secreT", hash)).isFalse();
        assertThat(Passwords.hash("a long enough secret")).isNotEqualTo(hash);
    }
}
