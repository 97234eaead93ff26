package org.housesafe.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.housesafe.building.BuildingStore;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostGIS the application's role cannot change or remove history rows (the append-only
 * trigger); whoever gets past the trigger is still caught by the hash chain. Each test has a
 * fresh database, as one tampered row breaks the whole walk.
 */
class AuditPostgisIT {
    private static final String APPEND_ONLY = "42501";

    private String url;
    private Database db;
    private UUID victim;

    @BeforeEach
    void load() {
        url = PostgresCluster.get().createDatabase("audit");
        db = Database.open(url, PostgresCluster.USER, PostgresCluster.PASSWORD);
        victim = AuditFixture.load(db, 5).get(3).building().id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Runs statements as the application's role, which owns the tables (outside the pool: failures here are meant). */
    private void asApplication(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, PostgresCluster.USER, PostgresCluster.PASSWORD);
             Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private void asSuperuser(String... statements) throws SQLException {
        String superuser = PostgresCluster.get().superuserUrl(PostgresCluster.databaseName(url));
        try (Connection c = DriverManager.getConnection(superuser); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private List<Event> history() {
        return new BuildingStore(db).history(victim);
    }

    private static void refusedByTrigger(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(SQLException.class).hasMessageContaining("append-only")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(APPEND_ONLY);
    }

    @Test
    void the_application_can_neither_update_nor_delete_nor_truncate_history() {
        List<Event> before = history();
        String where = " WHERE building_id = '" + victim + "' AND seq = 2";
        refusedByTrigger(() -> asApplication("UPDATE building_event SET actor = 'x'" + where));
        refusedByTrigger(() -> asApplication("DELETE FROM building_event" + where));
        // A plain TRUNCATE already stops at the photo table's foreign key; CASCADE reaches the trigger.
        assertThatThrownBy(() -> asApplication("TRUNCATE building_event")).isInstanceOf(SQLException.class);
        refusedByTrigger(() -> asApplication("TRUNCATE building_event CASCADE"));
        assertThat(history()).isEqualTo(before);
        assertThat(new AuditVerifier(db).verify().ok()).isTrue();
    }

    @Test
    void a_superuser_who_bypasses_the_trigger_can_edit_a_row_but_the_verifier_catches_it() throws SQLException {
        asSuperuser("SET session_replication_role = replica",
                "UPDATE building_event SET payload = '{\"judgement\":\"none\"}' WHERE building_id = '" + victim
                        + "' AND seq = 2");
        assertThat(history().get(1).payloadJson()).contains("none");
        assertThat(new AuditVerifier(db).verify().firstBroken()).isEqualTo(
                new AuditVerifier.Broken(victim, 2, "hash does not match its content (edited?)"));
    }

    @Test
    void the_owning_role_can_switch_the_trigger_off_but_the_verifier_still_catches_a_deletion() throws SQLException {
        asApplication("ALTER TABLE building_event DISABLE TRIGGER building_event_no_change",
                "DELETE FROM building_event WHERE building_id = '" + victim + "' AND seq = 2",
                "ALTER TABLE building_event ENABLE TRIGGER building_event_no_change");
        assertThat(history()).extracting(Event::seq).containsExactly(1, 3);
        assertThat(new AuditVerifier(db).verify().firstBroken()).isEqualTo(
                new AuditVerifier.Broken(victim, 2, "sequence jumps from 1 to 3 (deleted?)"));
    }

    @Test
    void payloads_still_verify_after_jsonb_reorders_their_keys_and_rewrites_their_numbers() {
        String payload = "{\"zeta\":{\"y\":[1.50,1e2,{\"b\":true,\"a\":null}],\"x\":\"é\\u00e9\"},"
                + "\"alpha\":-0.0,\"mid\":12345678901234567890,\"k\":0.1}";
        List<NewEvent> history = List.of(
                new NewEvent(EventType.CREATED, AuditFixture.T0.plusNanos(123_456_789), "张三", "inspector", null, "{}"),
                new NewEvent(EventType.SURVEY, AuditFixture.T0.plusSeconds(60), "张三", "inspector", "", payload));
        UUID id = AuditFixture.building(99).id();
        new BuildingStore(db).insertAll(List.of(new BuildingStore.NewRecord(AuditFixture.building(99), history)));
        String stored = new BuildingStore(db).history(id).get(1).payloadJson();
        assertThat(stored).isNotEqualTo(payload).startsWith("{\"k\":");
        assertThat(new AuditVerifier(db).verify()).isEqualTo(new AuditVerifier.Result(true, 6, 17, null));
    }
}
