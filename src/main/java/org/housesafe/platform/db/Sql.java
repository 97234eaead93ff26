package org.housesafe.platform.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * SQL text with its bind values, built up clause by clause. Values are only ever bound with
 * {@code ?}; text added with {@link #append} must come from constants or allow-lists.
 */
public final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public Sql append(String sql, Object... values) {
        text.append(sql);
        params.addAll(java.util.Arrays.asList(values));
        return this;
    }

    /** Appends another clause with its values. */
    public Sql append(Sql clause) {
        return append(clause.text(), clause.params().toArray());
    }

    /** Appends {@code column IN (?, ?, …)}; the caller ensures {@code values} is not empty. */
    public Sql in(String column, Collection<?> values) {
        text.append(column).append(" IN (");
        int i = 0;
        for (Object v : values) {
            text.append(i++ == 0 ? "?" : ", ?");
            params.add(v);
        }
        text.append(')');
        return this;
    }

    public List<Object> params() {
        return java.util.Collections.unmodifiableList(params);
    }

    public String text() {
        return text.toString();
    }

    public PreparedStatement prepare(java.sql.Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(text.toString());
        try {
            bind(ps, 1, params);
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
        return ps;
    }

    /** Binds values from position {@code first}, mapping instants to UTC timestamps. */
    public static void bind(PreparedStatement ps, int first, List<Object> values) throws SQLException {
        int i = first;
        for (Object v : values) {
            if (v instanceof Instant instant) {
                ps.setObject(i++, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else {
                ps.setObject(i++, v);
            }
        }
    }

    public static Instant instant(java.sql.ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
