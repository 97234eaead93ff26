package org.housesafe.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.housesafe.platform.web.ApiException;
import org.junit.jupiter.api.Test;

/** Turns to decode: one per user at a time, a few over the server, a 503 after waiting too long. */
class DecodeTurnsTest {

    @Test
    void a_users_second_photo_waits_behind_their_first_while_another_users_goes_straight_through() throws Exception {
        DecodeTurns turns = new DecodeTurns(2, Duration.ofSeconds(5));
        DecodeTurns.Turn first = turns.take("alice");
        CompletableFuture<DecodeTurns.Turn> second = CompletableFuture.supplyAsync(() -> turns.take("alice"));
        Thread.sleep(200);
        assertThat(second).isNotDone();
        long start = System.nanoTime();
        try (DecodeTurns.Turn bob = turns.take("bob")) {
            assertThat(System.nanoTime() - start).isLessThan(100_000_000L);
        }
        first.close();
        second.get(2, TimeUnit.SECONDS).close();
    }

    @Test
    void waiting_longer_than_the_patience_is_a_503() {
        DecodeTurns turns = new DecodeTurns(1, Duration.ofMillis(100));
        try (DecodeTurns.Turn busy = turns.take("alice")) {
            assertThatThrownBy(() -> turns.take("bob")).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.status()).isEqualTo(503));
            assertThatThrownBy(() -> turns.take("alice")).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.status()).isEqualTo(503));
        }
        turns.take("bob").close();
    }
}
