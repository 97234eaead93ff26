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
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.db.StoreException;

/**
 * Which house codes and ids of an import the database already holds, asked in chunks; each is
 * an error naming the feature. Skipped when the building table is empty. A building written
 * after this check still makes the load fail on the unique constraint: nothing is lost, only
 * reported less precisely.
 */
final class ExistingKeys {
    private static final int CHUNK = 1000;

    private ExistingKeys() {
    }

    static void check(Database db, Keys keys, ErrorList errors, Ticker ticker) {
        long total = keys.houseCodes.size() + (long) keys.ids.size();
        ticker.tick(ImportPhase.CHECKING, 0, total);
        try (Connection c = db.connection()) {
            if (isEmpty(c)) {
                ticker.end(ImportPhase.CHECKING, total, total);
                return;
            }
            long done = find(c, "house_code", keys.houseCodes, errors, ticker, 0, total,
                    code -> "properties.basic.houseCode", code -> "'" + code + "' already exists");
            find(c, "id", keys.ids, errors, ticker, done, total,
                    id -> "id", id -> "a building with id " + id + " already exists");
        } catch (SQLException e) {
            throw new StoreException("checking existing keys failed", e);
        }
        ticker.end(ImportPhase.CHECKING, total, total);
    }

    private static boolean isEmpty(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM building FETCH FIRST 1 ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            return !rs.next();
        }
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
