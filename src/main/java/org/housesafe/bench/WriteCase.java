package org.housesafe.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.housesafe.platform.db.Database;

/**
 * Lifecycle writes from concurrent clients: each a {@code survey} of a building no other request
 * touches, with {@code If-Match} on the version read beforehand and a fresh
 * {@code Idempotency-Key}. The events are counted around the timed run: every write answered 200
 * must have left exactly one event (zero lost). The raw side runs the same statements on other
 * buildings.
 */
final class WriteCase {
    static final String SURVEY = "{\"action\":\"survey\",\"payload\":{\"judgement\":\"none\"}}";
    private static final int CANDIDATES = 200_000;

    /** A building that may be surveyed, at the version it has now. */
    private record Target(UUID id, int version) {
    }

    private WriteCase() {
    }

    static CaseResult run(CaseRunner runner, ServiceCalls http, RawWrites raw, Database db, Set<String> streets,
                          int clients) throws SQLException {
        List<List<Target>> parts = parts(candidates(db, streets), 4);
        Measure.warmUp(clients, runner.warmup(), (c, n) -> act(http, parts.get(0), n));
        long before = events(db);
        long[] after = new long[1];
        CaseResult result = runner.run("writes", "lifecycle writes (survey)", "writes/s",
                new CaseRunner.Side(clients, null, (c, n) -> act(http, parts.get(1), n), parts.get(1).size()),
                f -> {
                    try {
                        after[0] = events(db);
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot count the events", e);
                    }
                },
                new CaseRunner.Side(clients, (c, n) -> survey(raw, parts.get(2), n),
                        (c, n) -> survey(raw, parts.get(3), n), parts.get(3).size()),
                (s, r) -> String.format(Locale.ROOT, "%,d writes answered 200, %,d events recorded: %s", s.count(),
                        after[0] - before, s.count() == after[0] - before ? "none lost" : "MISMATCH"));
        return result.with("lost", result.service().count() - (after[0] - before));
    }

    private static Measure.Outcome act(ServiceCalls http, List<Target> targets, long n) throws Exception {
        Target t = targets.get((int) n);
        return http.act(t.id(), t.version(), SURVEY);
    }

    private static Measure.Outcome survey(RawWrites raw, List<Target> targets, long n) throws SQLException {
        Target t = targets.get((int) n);
        return raw.survey(t.id(), t.version());
    }

    private static List<List<Target>> parts(List<Target> all, int count) {
        List<List<Target>> parts = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            List<Target> part = new ArrayList<>();
            for (int k = p; k < all.size(); k += count) {
                part.add(all.get(k));
            }
            parts.add(List.copyOf(part));
        }
        return parts;
    }

    /** Unsurveyed or surveyed buildings in the writer's streets, in id order (random over the city). */
    private static List<Target> candidates(Database db, Set<String> streets) throws SQLException {
        String in = String.join(", ", java.util.Collections.nCopies(streets.size(), "?"));
        List<Target> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT id, version"
                + " FROM building WHERE status IN ('unsurveyed', 'surveyed') AND street_code IN (" + in + ")"
                + " ORDER BY id FETCH FIRST " + CANDIDATES + " ROWS ONLY")) {
            int k = 1;
            for (String s : streets) {
                ps.setString(k++, s);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Target(rs.getObject(1, UUID.class), rs.getInt(2)));
                }
            }
        }
        return out;
    }

    private static long events(Database db) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM building_event"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
