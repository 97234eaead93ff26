package org.housesafe.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.db.StoreException;

/**
 * Which house codes and ids of an import the database already holds; each is an error naming
 * the feature. The keys are asked about in chunks, or, when fewer buildings are stored than
 * imported, the stored keys are read once. A building written after this check still makes the
 * load fail on the unique constraint: nothing is lost, only reported less precisely.
 */
final class ExistingKeys {
    private static final int CHUNK = 1000;
    private static final int SCAN_FETCH = 10_000;

    private ExistingKeys() {
    }

    static void check(Database db, Keys keys, ErrorList errors, Ticker ticker) {
        long total = keys.houseCodes.size() + (long) keys.ids.size();
        ticker.tick(ImportPhase.CHECKING, 0, total);
        try (Connection c = db.connection()) {
            if (stored(c, keys.ids.size()) < keys.ids.size()) {
                scan(db, keys, errors);     // fewer buildings stored than imported: read them all once
            } else {
                long done = find(c, "house_code", keys.houseCodes, errors, ticker, 0, total,
                        code -> "properties.basic.houseCode", ExistingKeys::codeExists);
                find(c, "id", keys.ids, errors, ticker, done, total, id -> "id", ExistingKeys::idExists);
            }
        } catch (SQLException e) {
            throw new StoreException("checking existing keys failed", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ticker.end(ImportPhase.CHECKING, total, total);
    }

    private static String codeExists(String code) {
        return "'" + code + "' already exists";
    }

    private static String idExists(UUID id) {
        return "a building with id " + id + " already exists";
    }

    /** The buildings stored, counted up to {@code limit} only. */
    private static long stored(Connection c, long limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM building LIMIT ?) AS t")) {
            ps.setLong(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void scan(Database db, Keys keys, ErrorList errors) throws java.io.IOException {
        new Jdbc(db).stream(new Sql().append("SELECT id, house_code FROM building"), SCAN_FETCH, rs -> {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                String code = rs.getString(2);
                if (keys.ids.containsKey(id)) {
                    errors.add(new ImportError(keys.ids.get(id), "id", idExists(id)));
                }
                if (keys.houseCodes.containsKey(code)) {
                    errors.add(new ImportError(keys.houseCodes.get(code), "properties.basic.houseCode",
                            codeExists(code)));
                }
            }
        }, "reading the stored keys failed");
    }

    private static <K> long find(Connection c, String column, Map<K, Long> keys, ErrorList errors, Ticker ticker,
                                 long done, long total, java.util.function.Function<K, String> field,
                                 java.util.function.Function<K, String> message) throws SQLException {
        List<K> chunk = new ArrayList<>(CHUNK);
        for (K key : keys.keySet()) {
            chunk.add(key);
            if (chunk.size() == CHUNK) {
                done += query(c, column, chunk, keys, errors, field, message);
                ticker.tick(ImportPhase.CHECKING, done, total);
            }
        }
        return done + (chunk.isEmpty() ? 0 : query(c, column, chunk, keys, errors, field, message));
    }

    @SuppressWarnings("unchecked")
    private static <K> int query(Connection c, String column, List<K> chunk, Map<K, Long> keys, ErrorList errors,
                                 java.util.function.Function<K, String> field,
                                 java.util.function.Function<K, String> message) throws SQLException {
        Sql sql = new Sql().append("SELECT " + column + " FROM building WHERE ").in(column, chunk);
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                K key = (K) (column.equals("id") ? rs.getObject(1, UUID.class) : rs.getString(1));
                errors.add(new ImportError(keys.get(key), field.apply(key), message.apply(key)));
            }
        }
        int n = chunk.size();
        chunk.clear();
        return n;
    }
}
