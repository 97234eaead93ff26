package org.housesafe.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.housesafe.photo.PhotoFixture.EAST_BUILDING;
import static org.housesafe.photo.PhotoFixture.WEST;
import static org.housesafe.photo.PhotoFixture.WEST_BUILDING;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.housesafe.HouseSafe;
import org.housesafe.account.Caller;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.web.ApiException;
import org.housesafe.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Photo rules without HTTP: scope, expiry of unclaimed photos, the cap on waiting photos. */
class PhotoServiceTest {
    Database db;
    TestClock clock;
    PhotoService service;
    Caller westInspector;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:h2:mem:photo-svc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        PhotoFixture.load(db);
        clock = new TestClock(Instant.parse("2024-02-01T00:00:00Z"));
        HouseSafe.Services s = HouseSafe.Services.of(Config.defaults(), db, clock);
        service = new PhotoService(new PhotoStore(db, new EvidenceCheck(100)), s.buildings(),
                new PhotoIntake(ZoneId.of("Asia/Shanghai"), clock, 1), clock);
        westInspector = new Caller(PhotoFixture.user(db, "svc-inspector"), "svc-inspector", Role.INSPECTOR,
                Scope.of(Set.of(WEST)), Caller.Via.TOKEN);
    }

    @AfterEach
    void close() {
        db.close();
    }

    Photo upload() {
        return service.upload(WEST_BUILDING, TestImages.jpeg(32, 24), "a.jpg", westInspector);
    }

    @Test
    void an_upload_outside_the_callers_streets_is_not_found_and_stores_nothing() {
        assertThatThrownBy(() -> service.upload(EAST_BUILDING, TestImages.jpeg(32, 24), "a.jpg", westInspector))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(service.store().byBuilding(EAST_BUILDING)).isEmpty();
    }

    @Test
    void a_photo_no_event_claims_is_gone_a_day_later() {
        Photo first = upload();
        clock.advance(PhotoService.KEEP_UNATTACHED.plusMinutes(1));
        Photo second = upload();
        assertThat(service.store().find(first.id())).isEmpty();
        assertThat(service.store().find(second.id())).isPresent();
    }

    @Test
    void a_user_with_too_many_waiting_photos_must_use_or_lose_them_first() {
        for (int i = 0; i < PhotoService.MAX_PENDING; i++) {
            upload();
        }
        assertThatThrownBy(this::upload)
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(429));
        clock.advance(PhotoService.KEEP_UNATTACHED.plusMinutes(1));
        assertThat(upload()).isNotNull();
    }

    @Test
    void a_photo_is_seen_only_by_those_who_may_see_its_building() {
        Photo p = upload();
        assertThat(service.get(p.id(), Scope.of(Set.of(WEST)))).isEqualTo(p);
        assertThatThrownBy(() -> service.image(p.id(), Scope.of(Set.of(PhotoFixture.EAST)), PhotoStore.Variant.FULL))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(service.image(p.id(), Scope.ALL, PhotoStore.Variant.THUMBNAIL)).isNotEmpty();
    }
}
