package org.housesafe.platform.db;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Short forms for one-statement queries and updates, each on its own pooled connection. */
public final class Jdbc {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Reads a streamed result set, typically writing each row on as it comes. */
    @FunctionalInterface
    public interface ResultReader {
        void read(ResultSet rs) throws SQLException, IOException;
    }

    private final Database db;

    public Jdbc(Database db) {
        this.db = db;
    }

    public int update(String sql, Object... params) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, 1, Arrays.asList(params));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw DuplicateKeyException.isUniqueViolation(e) ? new DuplicateKeyException(e)
                    : new StoreException("update failed", e);
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, 1, Arrays.asList(params));
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Runs {@code sql} with the database streaming its rows in batches of {@code fetchSize}
     * (PostgreSQL streams only inside a transaction: it is opened and rolled back here), so that
     * a result of any size holds one batch in memory while {@code reader} consumes it.
     *
     * @param failure what failed, for the {@link StoreException}
     */
    public void stream(Sql sql, int fetchSize, ResultReader reader, String failure) throws IOException {
        try (Connection c = db.connection()) {
            db.dialect().beginStreaming(c);
            try (PreparedStatement ps = sql.prepare(c)) {
                ps.setFetchSize(fetchSize);
                try (ResultSet rs = ps.executeQuery()) {
                    reader.read(rs);
                }
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(failure, e);
        }
    }
}
