package org.housesafe.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.housesafe.photo.PhotoFixture.EAST_BUILDING;
import static org.housesafe.photo.PhotoFixture.ORDERED_BUILDING;
import static org.housesafe.photo.PhotoFixture.WEST_BUILDING;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.housesafe.platform.db.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The photo storage contract both backends keep. Each test inserts its own photos; the
 * buildings (two events each) and the uploader come from {@link PhotoFixture}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PhotoStoreContract {
    static final byte[] CONTENT = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 0, (byte) 0xFF, (byte) 0xD9};
    static final byte[] THUMB = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 9, (byte) 0xFF, (byte) 0xD9};

    Database db;
    PhotoStore store;
    UUID uploader;

    abstract Database openDatabase() throws Exception;

    @BeforeAll
    void load() throws Exception {
        db = openDatabase();
        PhotoFixture.load(db);
        uploader = PhotoFixture.user(db, "photo-uploader");
        store = new PhotoStore(db, new EvidenceCheck(100));
    }

    @AfterAll
    void close() {
        db.close();
    }

    Photo stored(UUID building, Instant uploadedAt) {
        Photo p = PhotoFixture.photo(building, uploader, uploadedAt);
        store.insert(p, CONTENT, THUMB);
        return p;
    }

    @Test
    void a_stored_photo_is_found_with_its_building_fields_and_images() {
        Photo p = stored(WEST_BUILDING, Instant.parse("2024-01-10T03:00:00.123456Z"));
        assertThat(store.find(p.id())).contains(p);
        assertThat(store.image(p.id(), PhotoStore.Variant.FULL)).hasValueSatisfying(b -> assertThat(b).isEqualTo(CONTENT));
        assertThat(store.image(p.id(), PhotoStore.Variant.THUMBNAIL)).hasValueSatisfying(b -> assertThat(b).isEqualTo(THUMB));
    }

    @Test
    void missing_fields_stay_missing() {
        Photo p = new Photo(UUID.randomUUID(), WEST_BUILDING, null, uploader, Instant.parse("2024-01-10T03:00:00Z"),
                10, 20, null, null, null, null);
        store.insert(p, CONTENT, THUMB);
        assertThat(store.find(p.id())).contains(p);
    }

    @Test
    void a_unicode_name_of_one_hundred_characters_fits() {
        String name = PhotoFileName.sanitize("照".repeat(300));
        Photo p = new Photo(UUID.randomUUID(), WEST_BUILDING, null, uploader, Instant.parse("2024-01-10T03:00:00Z"),
                10, 20, null, null, null, name);
        store.insert(p, CONTENT, THUMB);
        assertThat(store.find(p.id()).orElseThrow().originalName()).hasSize(100);
    }

    @Test
    void an_unknown_photo_is_not_found() {
        assertThat(store.find(UUID.randomUUID())).isEmpty();
        assertThat(store.image(UUID.randomUUID(), PhotoStore.Variant.FULL)).isEmpty();
    }

    @Test
    void a_building_lists_only_its_own_photos_oldest_first() {
        Photo later = stored(EAST_BUILDING, Instant.parse("2024-01-11T05:00:00Z"));
        Photo earlier = stored(EAST_BUILDING, Instant.parse("2024-01-11T04:00:00Z"));
        Photo west = stored(WEST_BUILDING, Instant.parse("2024-01-11T04:30:00Z"));
        List<UUID> east = store.byBuilding(EAST_BUILDING).stream().map(Photo::id).toList();
        assertThat(east).containsSubsequence(earlier.id(), later.id()).doesNotContain(west.id());
    }

    @Test
    void photos_of_the_building_are_attached_to_an_event_in_the_callers_transaction() throws SQLException {
        Photo a = stored(WEST_BUILDING, Instant.now());
        Photo b = stored(WEST_BUILDING, Instant.now());
        assertThat(inTransaction(c -> store.attach(c, WEST_BUILDING, 2, List.of(a.id(), b.id(), a.id())))).isTrue();
        assertThat(store.find(a.id()).orElseThrow().eventSeq()).isEqualTo(2);
        assertThat(store.find(b.id()).orElseThrow().eventSeq()).isEqualTo(2);
    }

    @Test
    void attaching_nothing_succeeds_and_changes_nothing() throws SQLException {
        assertThat(inTransaction(c -> store.attach(c, WEST_BUILDING, 2, List.of()))).isTrue();
    }

    @Test
    void an_unknown_id_attaches_none_of_the_photos() throws SQLException {
        Photo a = stored(WEST_BUILDING, Instant.now());
        assertThat(inTransaction(c -> store.attach(c, WEST_BUILDING, 2, List.of(a.id(), UUID.randomUUID())))).isFalse();
        assertThat(store.find(a.id()).orElseThrow().eventSeq()).isNull();
    }

    @Test
    void a_photo_of_another_building_cannot_be_attached() throws SQLException {
        Photo own = stored(WEST_BUILDING, Instant.now());
        Photo other = stored(EAST_BUILDING, Instant.now());
        assertThat(inTransaction(c -> store.attach(c, WEST_BUILDING, 2, List.of(own.id(), other.id())))).isFalse();
        assertThat(store.find(own.id()).orElseThrow().eventSeq()).isNull();
        assertThat(store.find(other.id()).orElseThrow().eventSeq()).isNull();
    }

    @Test
    void a_photo_already_attached_cannot_be_attached_again() throws SQLException {
        Photo a = stored(WEST_BUILDING, Instant.now());
        assertThat(inTransaction(c -> store.attach(c, WEST_BUILDING, 1, List.of(a.id())))).isTrue();
        assertThat(inTransaction(c -> store.attach(c, WEST_BUILDING, 2, List.of(a.id())))).isFalse();
        assertThat(store.find(a.id()).orElseThrow().eventSeq()).isEqualTo(1);
    }

    @Test
    void attaching_to_an_event_that_does_not_exist_fails() {
        Photo a = stored(WEST_BUILDING, Instant.now());
        assertThatThrownBy(() -> inTransaction(c -> store.attach(c, WEST_BUILDING, 99, List.of(a.id()))))
                .isInstanceOf(SQLException.class);
        assertThat(store.find(a.id()).orElseThrow().eventSeq()).isNull();
    }

    @Test
    void a_rolled_back_event_leaves_its_photos_unattached() throws SQLException {
        Photo a = stored(WEST_BUILDING, Instant.now());
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            assertThat(store.attach(c, WEST_BUILDING, 2, List.of(a.id()))).isTrue();
            c.rollback();
        }
        assertThat(store.find(a.id()).orElseThrow().eventSeq()).isNull();
    }

    @Test
    void two_events_claiming_one_photo_at_once_cannot_both_succeed() throws Exception {
        Photo a = stored(WEST_BUILDING, Instant.now());
        try (Connection first = db.connection()) {
            first.setAutoCommit(false);
            assertThat(store.attach(first, WEST_BUILDING, 1, List.of(a.id()))).isTrue();
            CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> {
                try {
                    return inTransaction(c -> store.attach(c, WEST_BUILDING, 2, List.of(a.id())));
                } catch (SQLException e) {
                    return e;
                }
            });
            Thread.sleep(200);
            first.commit();
            assertThat(second.get(30, TimeUnit.SECONDS)).isNotEqualTo(Boolean.TRUE);
        }
        assertThat(store.find(a.id()).orElseThrow().eventSeq()).isEqualTo(1);
    }

    @Test
    void unattached_photos_older_than_the_cutoff_are_purged_and_evidence_is_kept() throws SQLException {
        Instant cutoff = Instant.parse("2023-06-01T00:00:00Z");
        Photo old = stored(EAST_BUILDING, cutoff.minusSeconds(60));
        Photo oldEvidence = stored(EAST_BUILDING, cutoff.minusSeconds(60));
        Photo recent = stored(EAST_BUILDING, cutoff.plusSeconds(60));
        assertThat(inTransaction(c -> store.attach(c, EAST_BUILDING, 2, List.of(oldEvidence.id())))).isTrue();
        assertThat(store.purgeUnattached(cutoff)).isEqualTo(1);
        assertThat(store.find(old.id())).isEmpty();
        assertThat(store.find(oldEvidence.id())).isPresent();
        assertThat(store.find(recent.id())).isPresent();
    }

    @Test
    void pending_photos_are_counted_per_uploader() throws SQLException {
        UUID someone = PhotoFixture.user(db, "pending-counter");
        Photo a = PhotoFixture.photo(WEST_BUILDING, someone, Instant.now());
        Photo b = PhotoFixture.photo(WEST_BUILDING, someone, Instant.now());
        store.insert(a, CONTENT, THUMB);
        store.insert(b, CONTENT, THUMB);
        assertThat(store.countUnattachedBy(someone)).isEqualTo(2);
        assertThat(inTransaction(c -> store.attach(c, WEST_BUILDING, 2, List.of(a.id())))).isTrue();
        assertThat(store.countUnattachedBy(someone)).isEqualTo(1);
    }

    @Test
    void a_photo_taken_at_the_footprint_is_checked_and_has_no_flag() throws SQLException {
        Photo p = stored(WEST_BUILDING, Instant.now());
        assertThat(store.find(p.id()).orElseThrow().flags()).as("not checked before an event claims it").isNull();
        assertThat(inTransaction(c -> store.attach(c, WEST_BUILDING, 2, List.of(p.id())))).isTrue();
        Photo checked = store.find(p.id()).orElseThrow();
        assertThat(checked.flags()).isEmpty();
        assertThat(checked.distanceMeters()).isZero();
    }

    @Test
    void a_photo_taken_500_m_away_is_flagged_far_from_the_footprint() throws SQLException {
        Photo p = storedAt(WEST_BUILDING, Instant.parse("2024-01-10T02:30:00Z"), 112.55005, 26.95 - 500 / 110_800.0);
        assertThat(inTransaction(c -> store.attach(c, WEST_BUILDING, 2, List.of(p.id())))).isTrue();
        Photo checked = store.find(p.id()).orElseThrow();
        assertThat(checked.flags()).containsExactly(EvidenceCheck.FAR);
        assertThat(checked.distanceMeters()).isCloseTo(500, org.assertj.core.api.Assertions.within(2.0));
    }

    @Test
    void a_photo_without_a_position_is_flagged_and_has_no_distance() throws SQLException {
        Photo p = new Photo(UUID.randomUUID(), WEST_BUILDING, null, uploader, Instant.now(), 10, 20, null, null, null,
                null);
        store.insert(p, CONTENT, THUMB);
        assertThat(inTransaction(c -> store.attach(c, WEST_BUILDING, 2, List.of(p.id())))).isTrue();
        assertThat(store.find(p.id()).orElseThrow().flags()).containsExactly(EvidenceCheck.NO_POSITION);
        assertThat(store.find(p.id()).orElseThrow().distanceMeters()).isNull();
    }

    @Test
    void a_photo_taken_before_the_order_it_documents_is_flagged_and_one_taken_after_is_not() throws SQLException {
        Photo before = storedAt(ORDERED_BUILDING, PhotoFixture.ORDERED_AT.minusSeconds(60), 112.56005, 26.95005);
        Photo after = storedAt(ORDERED_BUILDING, PhotoFixture.ORDERED_AT.plusSeconds(60), 112.56005, 26.95005);
        assertThat(inTransaction(c -> store.attach(c, ORDERED_BUILDING, 5, List.of(before.id(), after.id())))).isTrue();
        assertThat(store.find(before.id()).orElseThrow().flags()).containsExactly(EvidenceCheck.BEFORE_ORDER);
        assertThat(store.find(after.id()).orElseThrow().flags()).isEmpty();
    }

    @Test
    void the_first_step_after_creation_documents_no_order() throws SQLException {
        Photo p = storedAt(WEST_BUILDING, PhotoFixture.T0.minusSeconds(86_400), 112.55005, 26.95005);
        assertThat(inTransaction(c -> store.attach(c, WEST_BUILDING, 2, List.of(p.id())))).isTrue();
        assertThat(store.find(p.id()).orElseThrow().flags()).isEmpty();
    }

    Photo storedAt(UUID building, Instant takenAt, double lon, double lat) {
        Photo p = new Photo(UUID.randomUUID(), building, null, uploader, Instant.now(), 640, 480, takenAt, lon, lat,
                "IMG.jpg");
        store.insert(p, CONTENT, THUMB);
        return p;
    }

    interface Work {
        boolean run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction, committed when it returns true, else rolled back. */
    boolean inTransaction(Work work) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                boolean result = work.run(c);
                if (result) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
