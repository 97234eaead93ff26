package org.housesafe.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * For a COPY at least as large as its table: the table's secondary indexes (neither unique nor
 * behind a constraint) and foreign keys are dropped first and made again after, in the same
 * transaction. Building an index in one sorted pass, and checking a foreign key with one join,
 * is several times faster than growing the index and checking the key row by row (a GiST index
 * above all), and ends with the same schema. The price is that the table is locked against
 * readers until the commit, so it is only paid when the import at least doubles the table;
 * smaller imports keep everything in place. Unique indexes always stay: they check the rows as
 * they arrive. A role that may not alter the table loads with everything in place.
 */
final class PgIndexRebuild {
    /** Drop and re-create statements, from the catalog: identifiers quoted by the server. */
    private static final String REBUILDABLE = """
            SELECT format('DROP INDEX %I.%I', n.nspname, c.relname), pg_get_indexdef(i.indexrelid)
              FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE i.indrelid = CAST(? AS regclass) AND NOT i.indisunique AND NOT i.indisprimary
               AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            UNION ALL
            SELECT format('ALTER TABLE %I.%I DROP CONSTRAINT %I', n.nspname, t.relname, k.conname),
                   format('ALTER TABLE %I.%I ADD CONSTRAINT %I ', n.nspname, t.relname, k.conname)
                       || pg_get_constraintdef(k.oid)
              FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
             WHERE k.conrelid = CAST(? AS regclass) AND k.contype = 'f'""";

    private final List<String> rebuild = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();

    /** Drops the secondary indexes and foreign keys of {@code table} when it holds fewer rows than {@code incoming}. */
    void dropIfOutgrown(Connection c, String table, long incoming) throws SQLException {
        if (rows(c, table, incoming) >= incoming) {
            return;
        }
        List<String> drops = new ArrayList<>();
        List<String> creates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(REBUILDABLE)) {
            ps.setString(1, table);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drops.add(rs.getString(1));
                    creates.add(rs.getString(2));
                }
            }
        }
        Savepoint before = c.setSavepoint();
        try (Statement st = c.createStatement()) {
            for (String drop : drops) {
                st.execute(drop);
            }
        } catch (SQLException notOwner) {
            c.rollback(before);
            return;
        }
        rebuild.addAll(creates);
        tables.add(table);
    }

    /** Whether anything was dropped and must be made again. */
    boolean dropped() {
        return !rebuild.isEmpty();
    }

    /** Makes the dropped indexes and keys again, then refreshes the planner's statistics of their tables. */
    void rebuild(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET LOCAL maintenance_work_mem = '512MB'");
            for (String create : rebuild) {
                st.execute(create);
            }
            for (String table : tables) {
                st.execute("ANALYZE " + table);   // a constant table name, never input
            }
        }
    }

    /** The table's rows, counted up to {@code limit} only. */
    private static long rows(Connection c, String table, long limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT 1 FROM " + table + " LIMIT ?) AS t")) {
            ps.setLong(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
