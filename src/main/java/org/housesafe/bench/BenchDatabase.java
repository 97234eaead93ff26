package org.housesafe.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.PostgisDialect;

/**
 * What the benchmark asks of the database under test besides the cases: how many buildings it
 * holds, a second pool for the raw side (on PostgreSQL without JIT, as every pooled session is),
 * the server's version and settings, and the report's heading and context lines.
 */
final class BenchDatabase {
    private static final String[] SETTINGS = {"shared_buffers", "work_mem", "max_wal_size", "synchronous_commit",
        "fsync"};

    private BenchDatabase() {
    }

    static boolean postgis(Database db) {
        return db.dialect() instanceof PostgisDialect;
    }

    static long buildings(Database db) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM building");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The raw side's own pool on the same database (on PostgreSQL with {@code jit=off}, as
     * {@link Database#open} sets up every session). On H2 it also turns result reuse off for the whole database while it runs: H2 answers
     * a repeated query on unchanged tables from the last result (a statistics request in 0.0 ms),
     * which would measure that cache instead of the query, on both sides.
     */
    static Database raw(Config config) throws SQLException {
        Database db = Database.open(config.effectiveDbUrl(), config.dbUser(), config.dbPassword());
        if (!config.isPostgis()) {
            try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                    "SET OPTIMIZE_REUSE_RESULTS 0")) {
                ps.execute();
            }
        }
        return db;
    }

    /** Whether the service serves vector tiles (their TileJSON answers 200). */
    static boolean hasTiles(ServiceCalls http) {
        try {
            http.get("/tiles/buildings.json", false);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    static String heading(Database db, long buildings) {
        return String.format(Locale.ROOT, "## %s, %,d buildings", postgis(db) ? "PostGIS" : "H2GIS", buildings);
    }

    static List<String> context(BenchSettings s, String database, String date, String startLoad, String city,
                                boolean inProcess) {
        List<String> out = new ArrayList<>();
        out.add("Command: `" + s.command() + "`");
        out.add("Date: " + date);
        out.add("Machine: " + Machine.describe());
        out.add("Load average (1 / 5 / 15 min): " + startLoad + " at the start, " + Machine.load()
                + " at the end (the benchmark's own work included; other work on the machine slows both sides)");
        out.add("JVM: " + Machine.jvm());
        out.add("Database: " + database);
        out.add("City: " + city);
        out.add(String.format(Locale.ROOT, "Each case: %s untimed warm-up, then %s timed; %d clients where the"
                + " table says so. Service: HTTP end to end (java.net.http) against %s; raw: the same work over JDBC"
                + " on the same database, every column read (PostgreSQL sessions on both sides with jit=off;"
                + " H2 result reuse off)",
                human(s.warmup()), human(s.duration()), s.concurrency(),
                inProcess ? "the service started in this JVM on a free port" : s.url()));
        return out;
    }

    /** The database's version and, on PostgreSQL, the server settings that matter here. */
    static String version(Database db) throws SQLException {
        try (Connection c = db.connection()) {
            String v = db.dialect().version(c);
            if (!postgis(db)) {
                return v;
            }
            StringBuilder b = new StringBuilder(v).append(" (");
            for (int k = 0; k < SETTINGS.length; k++) {
                try (PreparedStatement ps = c.prepareStatement("SELECT current_setting(?)")) {
                    ps.setString(1, SETTINGS[k]);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        b.append(k == 0 ? "" : ", ").append(SETTINGS[k]).append('=').append(rs.getString(1));
                    }
                }
            }
            return b.append(")").toString();
        }
    }

    private static String human(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
