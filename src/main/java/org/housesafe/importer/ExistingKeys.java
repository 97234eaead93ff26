package org.housesafe.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.db.StoreException;

/**
 * Which house codes (in their streets: codes are unique within a street) and ids of an import the
 * database already holds; each is an error naming the feature. The keys are asked about in
 * chunks, or, when fewer buildings are stored than imported, the stored keys are read once. A
 * building written after this check still makes the load fail on the unique constraint: nothing
 * is lost, only reported less precisely.
 */
final class ExistingKeys {
    private static final int CHUNK = 1000;
    private static final int SCAN_FETCH = 10_000;
    private static final String CODE_FIELD = "properties.basic.houseCode";

    /** A key as a stored row gives it. */
    private interface RowKey<K> {
        K read(ResultSet rs) throws SQLException;
    }

    /**
     * How one kind of key is looked up: the columns read, the column matched with IN and the
     * value bound for a key, the key of a row read, and the error for a key found.
     */
    private record Lookup<K>(String columns, String matched, Function<K, Object> bound, RowKey<K> key, String field,
                             Function<K, String> message) {
    }

    private static final Lookup<Keys.HouseCode> CODES = new Lookup<>("house_code, street_code", "house_code",
            Keys.HouseCode::code, rs -> new Keys.HouseCode(rs.getString(1), rs.getString(2)), CODE_FIELD,
            ExistingKeys::codeExists);
    private static final Lookup<UUID> IDS = new Lookup<>("id", "id", id -> id, rs -> rs.getObject(1, UUID.class),
            "id", ExistingKeys::idExists);

    private ExistingKeys() {
    }

    static void check(Database db, Keys keys, ErrorList errors, Ticker ticker) {
        long total = keys.houseCodes.size() + (long) keys.ids.size();
        ticker.tick(ImportPhase.CHECKING, 0, total);
        try (Connection c = db.connection()) {
            if (stored(c, keys.ids.size()) < keys.ids.size()) {
                scan(db, keys, errors);     // fewer buildings stored than imported: read them all once
            } else {
                long done = find(c, CODES, keys.houseCodes, errors, ticker, 0, total);
                find(c, IDS, keys.ids, errors, ticker, done, total);
            }
        } catch (SQLException e) {
            throw new StoreException("checking existing keys failed", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ticker.end(ImportPhase.CHECKING, total, total);
    }

    private static String codeExists(Keys.HouseCode code) {
        return "'" + code.code() + "' already exists in street " + code.street();
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
        new Jdbc(db).stream(new Sql().append("SELECT id, house_code, street_code FROM building"), SCAN_FETCH, rs -> {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                Keys.HouseCode code = new Keys.HouseCode(rs.getString(2), rs.getString(3));
                if (keys.ids.containsKey(id)) {
                    errors.add(new ImportError(keys.ids.get(id), "id", idExists(id)));
                }
                if (keys.houseCodes.containsKey(code)) {
                    errors.add(new ImportError(keys.houseCodes.get(code), CODE_FIELD, codeExists(code)));
                }
            }
        }, "reading the stored keys failed");
    }

    private static <K> long find(Connection c, Lookup<K> lookup, Map<K, Long> keys, ErrorList errors, Ticker ticker,
                                 long done, long total) throws SQLException {
        List<K> chunk = new ArrayList<>(CHUNK);
        for (K key : keys.keySet()) {
            chunk.add(key);
            if (chunk.size() == CHUNK) {
                done += query(c, lookup, chunk, keys, errors);
                ticker.tick(ImportPhase.CHECKING, done, total);
            }
        }
        return done + (chunk.isEmpty() ? 0 : query(c, lookup, chunk, keys, errors));
    }

    private static <K> int query(Connection c, Lookup<K> lookup, List<K> chunk, Map<K, Long> keys, ErrorList errors)
            throws SQLException {
        List<Object> values = chunk.stream().map(lookup.bound()).distinct().toList();
        Sql sql = new Sql().append("SELECT " + lookup.columns() + " FROM building WHERE ").in(lookup.matched(), values);
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                K key = lookup.key().read(rs);
                Long index = keys.get(key);     // a house code of another street is no clash
                if (index != null) {
                    errors.add(new ImportError(index, lookup.field(), lookup.message().apply(key)));
                }
            }
        }
        int n = chunk.size();
        chunk.clear();
        return n;
    }
}
