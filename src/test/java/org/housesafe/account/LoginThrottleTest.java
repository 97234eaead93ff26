package org.housesafe.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.housesafe.account.AccountTesting.PASSWORD;
import static org.housesafe.account.AccountTesting.call;
import static org.housesafe.account.AccountTesting.loginBody;
import static org.housesafe.account.AccountTesting.problem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.housesafe.account.AccountTesting.ConfiguredApp;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.junit.jupiter.api.Test;

/** Brute-force brakes: a growing delay per account, 429 per client address, identical failures. */
class LoginThrottleTest extends ClockedApp {
    private HttpResponse<String> login(String user, String password, String... headers) {
        AccountTesting.Call c = call(base, "POST", "/api/session").header("Origin", base).json(loginBody(user, password));
        for (int i = 0; i < headers.length; i += 2) {
            c.header(headers[i], headers[i + 1]);
        }
        return c.send();
    }

    private void fail(String user, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(login(user, "wrong-password-" + i).statusCode()).as("failure %d of %s", i + 1, user).isEqualTo(401);
        }
    }

    private static long retryAfter(HttpResponse<String> r) {
        return Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void five_failures_do_not_slow_the_owner_down() {
        fail("alice", 5);
        assertThat(login("alice", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void after_six_failures_even_the_right_password_waits_a_growing_delay() {
        fail("alice", 6);
        HttpResponse<String> first = login("alice", PASSWORD);
        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(problem(first)).isEqualTo("/problems/too-many-attempts");
        assertThat(retryAfter(first)).isEqualTo(2);
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();

        clock.advance(Duration.ofSeconds(3));
        fail("alice", 1);
        HttpResponse<String> second = login("alice", PASSWORD);
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(retryAfter(second)).as("the delay grows").isEqualTo(4);

        clock.advance(Duration.ofSeconds(5));
        assertThat(login("alice", PASSWORD).statusCode()).isEqualTo(200);
        fail("alice", 1);
        assertThat(login("alice", PASSWORD).statusCode()).as("success clears the count").isEqualTo(200);
    }

    @Test
    void the_delay_is_capped_and_the_count_forgets_after_fifteen_minutes() {
        fail("alice", 6);
        for (int k = 1; k <= 8; k++) {
            assertThat(retryAfter(login("alice", PASSWORD))).isEqualTo(1L << k);
            clock.advance(Duration.ofSeconds((1L << k) + 1));
            fail("alice", 1);
        }
        assertThat(retryAfter(login("alice", PASSWORD))).as("at most five minutes").isEqualTo(300);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(login("alice", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void the_owner_gets_in_again_once_the_failures_are_fifteen_minutes_old() {
        fail("alice", 6);
        assertThat(login("alice", PASSWORD).statusCode()).isEqualTo(429);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        fail("alice", 1);
        assertThat(login("alice", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void one_accounts_failures_do_not_slow_another_account() {
        app.user("carol", Role.PLANNER, Scope.ALL);
        fail("alice", 6);
        assertThat(login("carol", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void more_than_twenty_failures_from_one_address_in_a_minute_get_429_for_every_account() {
        for (int i = 0; i < 21; i++) {
            fail("nobody-" + i, 1);
        }
        HttpResponse<String> r = login("alice", PASSWORD);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(login("alice", PASSWORD, "X-Forwarded-For", "203.0.113.9").statusCode())
                .as("a forged X-Forwarded-For is not believed").isEqualTo(429);
        clock.advance(Duration.ofSeconds(61));
        assertThat(login("alice", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void failures_sent_with_forged_forwarded_for_headers_still_count_against_the_real_address() {
        for (int i = 0; i < 21; i++) {
            HttpResponse<String> r = login("ghost-" + i, "wrong-password", "X-Forwarded-For", "198.51.100." + i);
            assertThat(r.statusCode()).isEqualTo(401);
        }
        assertThat(login("alice", PASSWORD, "X-Forwarded-For", "192.0.2.77").statusCode()).isEqualTo(429);
    }

    @Test
    void unknown_user_wrong_password_and_disabled_account_get_the_same_answer() {
        User dora = app.user("dora", Role.PLANNER, Scope.ALL);
        app.services.users().change(dora.id(), new Users.Change(null, null, true, null));
        HttpResponse<String> wrong = login("alice", "not-her-password");
        HttpResponse<String> unknown = login("no-such-user", "not-her-password");
        HttpResponse<String> disabled = login("dora", PASSWORD);
        for (HttpResponse<String> r : List.of(unknown, disabled)) {
            assertThat(r.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(401);
            assertThat(r.body()).isEqualTo(wrong.body());
            assertThat(r.headers().firstValue("Content-Type")).isEqualTo(wrong.headers().firstValue("Content-Type"));
            assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void parallel_wrong_passwords_cannot_outrun_the_account_brake() throws Exception {
        int parallel = 12;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                String guess = "parallel-guess-" + i;
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return login("alice", guess).statusCode();
                }, pool));
            }
            go.countDown();
            long checked = answers.stream().map(CompletableFuture::join).filter(s -> s == 401).count();
            // Only the free failures may be tried; the rest must wait for the delay (429).
            assertThat(checked).as("passwords actually tried out of %d parallel guesses", parallel)
                    .isLessThanOrEqualTo(Sessions.ACCOUNT_FREE_FAILURES + 1L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void behind_a_trusted_proxy_the_forwarded_client_is_counted_and_forged_hops_do_not_help() {
        Database proxiedDb = AccountTesting.memDb("throttle-proxied");
        Config.Security d = Config.Security.DEFAULT;
        try (ConfiguredApp proxied = new ConfiguredApp(proxiedDb,
                new Config.Security(d.sessionIdle(), d.sessionAbsolute(), null, Set.of("127.0.0.1")), clock)) {
            proxied.user("boss", Role.ADMIN, Scope.ALL);
            String via = proxied.base();
            for (int i = 0; i < 21; i++) {
                // The proxy appends the real peer; whatever the client wrote before it is forged.
                HttpResponse<String> r = call(via, "POST", "/api/session").header("X-Forwarded-For", "10.0.0." + i
                        + ", 203.0.113.5").json(loginBody("ghost-" + i, "wrong-password")).send();
                assertThat(r.statusCode()).isEqualTo(401);
            }
            assertThat(call(via, "POST", "/api/session").header("X-Forwarded-For", "203.0.113.5")
                    .json(loginBody("boss", PASSWORD)).send().statusCode()).isEqualTo(429);
            assertThat(call(via, "POST", "/api/session").header("X-Forwarded-For", "198.51.100.1, 203.0.113.5")
                    .json(loginBody("boss", PASSWORD)).send().statusCode()).isEqualTo(429);
            assertThat(call(via, "POST", "/api/session").header("X-Forwarded-For", "203.0.113.6")
                    .json(loginBody("boss", PASSWORD)).send().statusCode()).as("another client").isEqualTo(200);
        } finally {
            proxiedDb.close();
        }
    }
}
