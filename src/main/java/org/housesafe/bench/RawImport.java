package org.housesafe.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.PostgisDialect;
import org.postgresql.PGConnection;

/**
 * The database's limit for a bulk import: the rows the import writes ({@link RawRows}, computed
 * beforehand) loaded in one transaction into the real tables — COPY on PostGIS, batched INSERTs
 * of 1,000 on H2GIS — and rolled back, so it can run again and leaves the city as it was.
 */
final class RawImport {
    /** Column kinds of {@link RawRows#BUILDING_COLUMNS} and {@link RawRows#EVENT_COLUMNS}, one letter each. */
    private static final String BUILDING_KINDS = "ussssgddisssbsssDssiTTTis";
    private static final String EVENT_KINDS = "uisTTssssuss";

    private final Database db;
    private final Path buildings;
    private final Path events;

    RawImport(Database db, Path buildings, Path events) {
        this.db = db;
        this.buildings = buildings;
        this.events = events;
    }

    /** Loads both files and rolls back; items are the building rows loaded. */
    Measure.Outcome load() throws SQLException, IOException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                long rows = db.dialect() instanceof PostgisDialect ? copy(c) : insert(c);
                return new Measure.Outcome(Files.size(buildings) + Files.size(events), rows);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private long copy(Connection c) throws SQLException, IOException {
        var api = c.unwrap(PGConnection.class).getCopyAPI();
        try (Reader b = Files.newBufferedReader(buildings, StandardCharsets.UTF_8);
             Reader e = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
            long rows = api.copyIn("COPY building (" + RawRows.BUILDING_COLUMNS + ") FROM STDIN", b);
            api.copyIn("COPY building_event (" + RawRows.EVENT_COLUMNS + ") FROM STDIN", e);
            return rows;
        }
    }

    private long insert(Connection c) throws SQLException, IOException {
        long rows = insert(c, "building", RawRows.BUILDING_COLUMNS, BUILDING_KINDS, buildings);
        insert(c, "building_event", RawRows.EVENT_COLUMNS, EVENT_KINDS, events);
        return rows;
    }

    private static long insert(Connection c, String table, String columns, String kinds, Path file)
            throws SQLException, IOException {
        StringBuilder values = new StringBuilder();
        for (char k : kinds.toCharArray()) {
            values.append(values.length() == 0 ? "" : ", ").append(k == 'g' ? "ST_GeomFromWKB(?, 4326)" : "?");
        }
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES ("
                + values + ")"); BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> fields = RawRows.fields(line);
                for (int k = 0; k < kinds.length(); k++) {
                    ps.setObject(k + 1, value(kinds.charAt(k), fields.get(k)));
                }
                ps.addBatch();
                if (++rows % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return rows;
    }

    private static Object value(char kind, String text) {
        if (text == null) {
            return null;
        }
        return switch (kind) {
            case 'u' -> UUID.fromString(text);
            case 'g' -> HexFormat.of().parseHex(text);
            case 'd' -> Double.parseDouble(text);
            case 'i' -> Integer.parseInt(text);
            case 'b' -> Boolean.parseBoolean(text);
            case 'D' -> LocalDate.parse(text);
            case 'T' -> OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
            default -> text;
        };
    }
}
