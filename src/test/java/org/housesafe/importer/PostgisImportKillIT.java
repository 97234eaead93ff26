package org.housesafe.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.housesafe.HouseSafe;
import org.housesafe.building.StoreFixture;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.StoreException;
import org.housesafe.testing.PostgresCluster;
import org.housesafe.testing.TestTmp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * All or nothing on PostGIS: an import killed, or cut off from its database, while its COPY is
 * running leaves no building, no event, no import record, and the indexes it dropped in place.
 */
class PostgisImportKillIT {
    private static final int FEATURES = 40_000;
    private static final String COPYING = """
            SELECT COALESCE(MAX(p.tuples_processed), 0) FROM pg_stat_progress_copy p
              JOIN pg_database d ON d.oid = p.datid WHERE d.datname = ?""";
    private static final String COPY_BACKENDS = """
            SELECT pid FROM pg_stat_activity WHERE datname = ? AND query LIKE 'COPY building%'""";

    private String url;
    private String name;
    private Database db;
    private Path file;

    @BeforeEach
    void start() throws Exception {
        url = PostgresCluster.get().createDatabase("import_kill");
        name = PostgresCluster.databaseName(url);
        db = Database.open(url, PostgresCluster.USER, PostgresCluster.PASSWORD);
        HouseSafe.Services.of(Config.defaults(), db, Clock.systemUTC()).units().insertAll(StoreFixture.units());
        file = TestTmp.dir().resolve("kill-" + UUID.randomUUID() + ".geojson");
        Files.writeString(file, ImportFixture.valid(0, FEATURES), StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() throws Exception {
        db.close();
        Files.deleteIfExists(file);
    }

    @Test
    void killing_the_import_process_during_its_copy_leaves_the_database_as_before() throws Exception {
        List<String> indexes = indexes();
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = file.resolveSibling(file.getFileName() + ".log");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.housesafe.App",
                "import", "--db-url", url, "--db-user", PostgresCluster.USER, "--db-password",
                PostgresCluster.PASSWORD, "--actor", "doomed", file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitCopy(child);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        awaitNoCopy();
        assertNothingWritten();
        assertThat(indexes()).isEqualTo(indexes);
        assertThat(Files.readString(log)).contains("loading").doesNotContain("imported");
    }

    @Test
    void a_connection_cut_during_the_copy_fails_the_import_and_writes_nothing() throws Exception {
        HouseSafe.Services services = HouseSafe.Services.of(Config.defaults(), db, Clock.systemUTC());
        BulkImport importer = new BulkImport(db, services.buildings(), services.units(), Clock.systemUTC(), 2, () -> { });
        java.util.concurrent.CompletableFuture<Boolean> cut = new java.util.concurrent.CompletableFuture<>();
        ProgressListener cutter = (phase, done, total) -> {
            if (phase == ImportPhase.LOADING && !cut.isDone() && done == 0) {
                Thread t = new Thread(() -> cut.complete(cutWhenCopying()), "cutter");
                t.setDaemon(true);
                t.start();
            }
        };
        assertThatThrownBy(() -> importer.run(Files.newInputStream(file), ImportOptions.of("cut", "cut"), cutter))
                .isInstanceOf(StoreException.class);
        assertThat(cut.get(60, TimeUnit.SECONDS)).isTrue();
        assertNothingWritten();
    }

    private void awaitCopy(Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("the import ended before its COPY was seen").isTrue();
            if (superuserLong(COPYING) > 0) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no COPY seen within 300 s");
    }

    private void awaitNoCopy() throws Exception {
        for (int i = 0; i < 600 && superuserLong(COPY_BACKENDS) != 0; i++) {
            Thread.sleep(50);
        }
        assertThat(superuserLong(COPY_BACKENDS)).isZero();
    }

    /** Waits for the COPY to have stored rows, then ends its backend as a dropped connection would. */
    private boolean cutWhenCopying() {
        try {
            for (int i = 0; i < 60_000 && superuserLong(COPYING) == 0; i++) {
                Thread.sleep(2);
            }
            return terminateCopy();
        } catch (SQLException | InterruptedException e) {
            return false;
        }
    }

    private boolean terminateCopy() {
        try (Connection c = superuser(); PreparedStatement ps = c.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND query LIKE 'COPY %'")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertNothingWritten() throws SQLException {
        try (Connection c = superuser()) {
            for (String table : List.of("building", "building_event", "import_batch")) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    assertThat(rs.getLong(1)).as(table).isZero();
                }
            }
        }
    }

    /** The indexes and constraints of the two tables, which a large import drops and makes again. */
    private List<String> indexes() throws SQLException {
        try (Connection c = superuser(); ResultSet rs = c.createStatement().executeQuery("""
                SELECT indexname FROM pg_indexes WHERE tablename IN ('building', 'building_event')
                UNION ALL SELECT conname FROM pg_constraint
                 WHERE conrelid IN ('building'::regclass, 'building_event'::regclass) ORDER BY 1""")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    /** A number from a query about this database, asked as the superuser (who sees every backend). */
    private long superuserLong(String sql) throws SQLException {
        try (Connection c = superuser(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private Connection superuser() throws SQLException {
        return DriverManager.getConnection(PostgresCluster.get().superuserUrl(name));
    }
}
