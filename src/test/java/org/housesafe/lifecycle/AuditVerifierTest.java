package org.housesafe.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.housesafe.building.BuildingStore;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hash chain check on H2GIS: each test tampers with a fresh database directly in SQL, the way
 * someone with the database file would, and expects the verifier to name the building and event.
 */
class AuditVerifierTest {
    private static final int BUILDINGS = 10;
    private static final int VICTIM = 6;

    private Database db;
    private Jdbc jdbc;
    private List<BuildingStore.NewRecord> records;

    @BeforeEach
    void load() {
        db = AuditFixture.h2();
        jdbc = new Jdbc(db);
        records = AuditFixture.load(db, BUILDINGS);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private UUID victim() {
        return records.get(VICTIM).building().id();
    }

    private void assertBroken(int seq, String problem) {
        AuditVerifier.Result r = new AuditVerifier(db).verify();
        assertThat(r.ok()).isFalse();
        assertThat(r.firstBroken()).isEqualTo(new AuditVerifier.Broken(victim(), seq, problem));
    }

    @Test
    void an_intact_history_verifies_with_every_building_and_event_counted() {
        assertThat(new AuditVerifier(db).verify())
                .isEqualTo(new AuditVerifier.Result(true, BUILDINGS, 3L * BUILDINGS, null));
    }

    @Test
    void progress_is_reported_after_every_so_many_events() {
        List<Long> seen = new ArrayList<>();
        new AuditVerifier(db).verify(10, seen::add);
        assertThat(seen).containsExactly(10L, 20L, 30L);
    }

    @Test
    void a_payload_edited_with_sql_is_caught_at_its_event() {
        jdbc.update("UPDATE building_event SET payload = ? WHERE building_id = ? AND seq = 2",
                "{\"judgement\":\"none\"}", victim());
        assertBroken(2, "hash does not match its content (edited?)");
    }

    @Test
    void an_edited_actor_is_caught_at_its_event() {
        jdbc.update("UPDATE building_event SET actor = '王五' WHERE building_id = ? AND seq = 3", victim());
        assertBroken(3, "hash does not match its content (edited?)");
    }

    @Test
    void a_payload_that_is_no_longer_json_is_caught() {
        jdbc.update("UPDATE building_event SET payload = 'oops' WHERE building_id = ? AND seq = 1", victim());
        assertBroken(1, "payload is not JSON (edited?)");
    }

    @Test
    void a_deleted_middle_event_is_caught_as_a_gap() {
        jdbc.update("DELETE FROM building_event WHERE building_id = ? AND seq = 2", victim());
        assertBroken(2, "sequence jumps from 1 to 3 (deleted?)");
    }

    @Test
    void a_deleted_first_event_is_caught() {
        jdbc.update("DELETE FROM building_event WHERE building_id = ? AND seq = 1", victim());
        assertBroken(1, "history starts at event 2 instead of 1 (deleted?)");
    }

    @Test
    void a_building_whose_whole_history_was_deleted_is_caught() {
        jdbc.update("DELETE FROM building_event WHERE building_id = ?", victim());
        assertBroken(1, "the building has no history at all (deleted?)");
    }

    @Test
    void a_deleted_last_event_is_caught_by_the_recorded_head() {
        jdbc.update("DELETE FROM building_event WHERE building_id = ? AND seq = 3", victim());
        assertBroken(3, "the history ends at event 2 but event 3 was written (deleted?)");
    }

    @Test
    void a_last_event_rewritten_with_a_recomputed_hash_is_caught_by_the_recorded_head() {
        Event e = new BuildingStore(db).history(victim()).get(2);
        Event edited = new Event(e.buildingId(), e.seq(), e.type(), e.occurredAt(), e.recordedAt(), e.actor(),
                e.role(), e.reason(), "{\"kind\":\"document\",\"result\":\"no_hazard\"}", e.prevHash(), null);
        jdbc.update("UPDATE building_event SET payload = ?, hash = ? WHERE building_id = ? AND seq = 3",
                edited.payloadJson(), EventChain.hash(edited), victim());
        assertBroken(3, "the last event is not the one written (edited?)");
    }

    @Test
    void two_events_swapped_by_seq_are_caught_as_reordered() {
        jdbc.update("UPDATE building_event SET seq = -1 WHERE building_id = ? AND seq = 2", victim());
        jdbc.update("UPDATE building_event SET seq = 2 WHERE building_id = ? AND seq = 3", victim());
        jdbc.update("UPDATE building_event SET seq = 3 WHERE building_id = ? AND seq = -1", victim());
        assertBroken(2, "prev_hash does not match event 1 (reordered or deleted?)");
    }

    @Test
    void a_hash_recomputed_after_an_edit_breaks_the_link_from_the_next_event() {
        Event e = new BuildingStore(db).history(victim()).get(1);
        Event edited = new Event(e.buildingId(), e.seq(), e.type(), e.occurredAt(), e.recordedAt(), e.actor(),
                e.role(), e.reason(), "{\"judgement\":\"none\"}", e.prevHash(), null);
        jdbc.update("UPDATE building_event SET payload = ?, hash = ? WHERE building_id = ? AND seq = 2",
                edited.payloadJson(), EventChain.hash(edited), victim());
        assertBroken(3, "prev_hash does not match event 2 (reordered or deleted?)");
    }

    @Test
    void the_first_break_in_walk_order_is_the_one_reported() {
        jdbc.update("UPDATE building_event SET actor = '王五' WHERE seq = 2");
        AuditVerifier.Result r = new AuditVerifier(db).verify();
        assertThat(r.ok()).isFalse();
        assertThat(r.buildings()).isEqualTo(1);
        assertThat(r.events()).isEqualTo(2);
        assertThat(r.firstBroken().seq()).isEqualTo(2);
    }
}
