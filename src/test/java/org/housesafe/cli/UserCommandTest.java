package org.housesafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.housesafe.App;
import org.housesafe.account.AccountStore;
import org.housesafe.account.Passwords;
import org.housesafe.account.User;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.TestTmp;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code user add|list|passwd|disable|enable|token} against an embedded database in a scratch directory. */
class UserCommandTest {
    private static final String PASSWORD = "first-admin-passphrase";

    private final InputStream realIn = System.in;
    private final PrintStream realOut = System.out;
    private final PrintStream realErr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path dataDir;

    @BeforeEach
    void captureOutput() {
        dataDir = TestTmp.dir().resolve("user-cli-" + UUID.randomUUID());
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setIn(realIn);
        System.setOut(realOut);
        System.setErr(realErr);
    }

    /** Runs {@code housesafe user …} on the scratch data directory with {@code stdin} as standard input. */
    private int user(String stdin, String... args) {
        out.reset();
        err.reset();
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        String[] full = new String[args.length + 3];
        full[0] = "user";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--data-dir";
        full[args.length + 2] = dataDir.toString();
        return new CommandLine(new App()).execute(full);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Database open() {
        return Database.open("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("housesafe") + ";WRITE_DELAY=0", null, null);
    }

    private Optional<User> stored(String name) {
        try (Database db = open()) {
            return new AccountStore(db).byName(name);
        }
    }

    @Test
    void user_add_reads_the_password_from_standard_input_and_creates_the_admin() {
        int exit = user(PASSWORD + "\n", "add", "--role", "admin", "boss");
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(stdout()).contains("boss");
        User boss = stored("boss").orElseThrow();
        assertThat(boss.role().code()).isEqualTo("admin");
        assertThat(boss.scope().all()).isTrue();
        assertThat(boss.disabled()).isFalse();
        assertThat(boss.demo()).isFalse();
        assertThat(Passwords.matches(PASSWORD, boss.passwordHash())).isTrue();
        assertThat(stdout()).doesNotContain(PASSWORD);
    }

    @Test
    void user_list_prints_each_user_with_role_and_state() {
        assertThat(user(PASSWORD + "\n", "add", "--role", "admin", "boss")).isZero();
        assertThat(user(PASSWORD + "\n", "add", "--role", "planner", "plans")).isZero();
        assertThat(user("", "list")).isZero();
        assertThat(stdout()).containsPattern("boss\\s+admin\\s+all streets\\s+active")
                .containsPattern("plans\\s+planner").doesNotContain("argon2");
    }

    @Test
    void user_passwd_sets_a_new_password() {
        assertThat(user(PASSWORD + "\n", "add", "--role", "admin", "boss")).isZero();
        assertThat(user("second-admin-passphrase\n", "passwd", "boss")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String hash = stored("boss").orElseThrow().passwordHash();
        assertThat(Passwords.matches("second-admin-passphrase", hash)).isTrue();
        assertThat(Passwords.matches(PASSWORD, hash)).isFalse();
        assertThat(user("short\n", "passwd", "boss")).isNotZero();
        assertThat(Passwords.matches("second-admin-passphrase", stored("boss").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void user_disable_and_enable_flip_the_account() {
        assertThat(user(PASSWORD + "\n", "add", "--role", "admin", "boss")).isZero();
        assertThat(user(PASSWORD + "\n", "add", "--role", "planner", "plans")).isZero();
        assertThat(user("", "disable", "plans")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(stored("plans").orElseThrow().disabled()).isTrue();
        assertThat(user("", "list")).isZero();
        assertThat(stdout()).containsPattern("plans.*disabled").containsPattern("boss.*active");
        assertThat(user("", "enable", "plans")).isZero();
        assertThat(stored("plans").orElseThrow().disabled()).isFalse();
    }

    @Test
    void the_last_active_admin_cannot_be_disabled() {
        assertThat(user(PASSWORD + "\n", "add", "--role", "admin", "boss")).isZero();
        assertThat(user("", "disable", "boss")).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("boss");
        assertThat(stored("boss").orElseThrow().disabled()).isFalse();
    }

    @Test
    void user_token_prints_a_working_token_once() throws Exception {
        assertThat(user(PASSWORD + "\n", "add", "--role", "admin", "boss")).isZero();
        assertThat(user("", "token", "boss", "--name", "qgis")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String token = stdout().lines().filter(l -> l.startsWith("hs_")).findFirst().orElseThrow();
        assertThat(token.trim()).hasSizeGreaterThan(40);

        try (Database db = open()) {
            TestApp app = new TestApp(db);
            try {
                HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(app.base() + "/api/me")).header("Authorization", "Bearer " + token.trim()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(me.statusCode()).isEqualTo(200);
                assertThat(me.body()).contains("\"boss\"");
            } finally {
                app.close();
            }
        }
    }

    @Test
    void a_weak_password_is_refused_and_no_user_is_made() {
        assertThat(user("short\n", "add", "--role", "admin", "weakling")).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("password");
        assertThat(user("password123\n", "add", "--role", "admin", "weakling")).isNotZero();
        assertThat(user("", "add", "--role", "admin", "weakling")).as("no password on stdin").isNotZero();
        assertThat(stored("weakling")).isEmpty();
    }

    @Test
    void bad_roles_names_and_scopes_are_refused() {
        assertThat(user(PASSWORD + "\n", "add", "--role", "root", "someone")).isNotZero();
        assertThat(user(PASSWORD + "\n", "add", "--role", "inspector", "someone")).as("needs streets").isNotZero();
        assertThat(user(PASSWORD + "\n", "add", "--role", "inspector", "--scope", "430408999", "someone"))
                .as("no such street").isNotZero();
        assertThat(user(PASSWORD + "\n", "add", "--role", "admin", "a'; DROP TABLE app_user--")).isNotZero();
        assertThat(stored("someone")).isEmpty();
        assertThat(user(PASSWORD + "\n", "add", "--role", "admin", "boss")).isZero();
        assertThat(user(PASSWORD + "\n", "add", "--role", "admin", "boss")).as("taken").isNotZero();
    }

    @Test
    void commands_on_an_unknown_user_fail_cleanly() {
        assertThat(user(PASSWORD + "\n", "passwd", "nobody")).isNotZero();
        assertThat(user("", "disable", "nobody")).isNotZero();
        assertThat(user("", "token", "nobody")).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
    }
}
