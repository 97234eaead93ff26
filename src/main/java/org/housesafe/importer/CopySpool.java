package org.housesafe.importer;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.housesafe.building.Building;
import org.housesafe.lifecycle.EventChain;
import org.housesafe.lifecycle.NewEvent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostGIS's spool: the buildings (each with the head of its chain) and their events, already in
 * binary COPY form in two files, so that loading is two COPYs streaming those files and the
 * client does no work while the server stores the rows.
 */
final class CopySpool implements Spool {
    private static final String BUILDINGS = """
            COPY building (id, house_code, address, street_code, community_code, footprint, footprint_area,
              floor_area, floors_above, use_type, structure, construction_period, vacant, status, judgement, grade,
              deadline, batch, attributes, version, surveyed_at, created_at, updated_at, head_seq, head_hash)
            FROM STDIN (FORMAT binary)""";
    private static final String EVENTS = """
            COPY building_event (building_id, seq, type, occurred_at, recorded_at, actor, role, reason, payload,
              prev_hash, hash)
            FROM STDIN (FORMAT binary)""";
    private static final int BUFFER = 1 << 20;

    private final Path buildingFile = Files.createTempFile("housesafe-import-", ".building.copy");
    private final Path eventFile = Files.createTempFile("housesafe-import-", ".event.copy");
    private final OutputStream buildings = new BufferedOutputStream(Files.newOutputStream(buildingFile), BUFFER);
    private final OutputStream events = new BufferedOutputStream(Files.newOutputStream(eventFile), BUFFER);
    private final Instant recorded = Instant.now();
    private long count;
    private long eventCount;

    CopySpool() throws IOException {
    }

    @Override
    public Encoded encode(PreparedRow r) {
        Building b = r.building();
        PgBinaryCopy row = new PgBinaryCopy().row(25).uuid(b.id()).text(b.houseCode()).text(b.address())
                .text(b.streetCode()).text(b.communityCode()).bytes(r.ewkb()).float8(b.footprintArea())
                .float8(b.floorArea()).int4(b.floorsAbove()).text(b.use()).text(b.structure())
                .text(b.constructionPeriod()).bool(b.vacant()).text(b.status().code())
                .text(b.judgement() == null ? null : b.judgement().code())
                .text(b.grade() == null ? null : b.grade().code()).date(b.deadline()).text(b.batch())
                .jsonb(b.attributesJson()).int4(b.version()).timestamptz(b.surveyedAt()).timestamptz(b.createdAt())
                .timestamptz(b.updatedAt()).int4(r.history().size()).text(r.head());
        PgBinaryCopy rows = new PgBinaryCopy();
        List<NewEvent> history = r.history();
        for (int i = 0; i < history.size(); i++) {
            NewEvent e = history.get(i);
            rows.row(11).uuid(b.id()).int4(i + 1).text(e.type().code()).timestamptz(EventChain.stored(e.occurredAt()))
                    .timestamptz(recorded).text(e.actor()).text(e.role()).text(e.reason()).jsonb(e.payloadJson())
                    .text(i == 0 ? null : r.hashes().get(i - 1)).text(r.hashes().get(i));
        }
        return new Encoded(row.toByteArray(), rows.toByteArray(), history.size());
    }

    @Override
    public void append(Encoded row) throws IOException {
        buildings.write(row.building());
        events.write(row.events());
        count++;
        eventCount += row.eventCount();
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void load(Connection c, Ticker ticker) throws SQLException, IOException {
        buildings.close();
        events.close();
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        long total = count + eventCount;
        ticker.tick(ImportPhase.LOADING, 0, total);
        PgIndexRebuild indexes = new PgIndexRebuild();
        indexes.dropIfOutgrown(c, "building", count);
        indexes.dropIfOutgrown(c, "building_event", eventCount);
        try (InputStream in = framed(buildingFile, 0, count, total, ticker)) {
            copy.copyIn(BUILDINGS, in, BUFFER);
        }
        try (InputStream in = framed(eventFile, count, eventCount, total, ticker)) {
            copy.copyIn(EVENTS, in, BUFFER);
        }
        ticker.end(ImportPhase.LOADING, total, total);
        if (indexes.dropped()) {
            ticker.end(ImportPhase.INDEXING, 0, 0);
            indexes.rebuild(c);
        }
    }

    /** The rows of a COPY between its header and trailer, telling the ticker how far the server has read. */
    private static InputStream framed(Path rows, long before, long n, long total, Ticker ticker) throws IOException {
        long size = Math.max(1, Files.size(rows));
        InputStream file = new java.io.FilterInputStream(Files.newInputStream(rows)) {
            private long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int k = super.read(b, off, len);
                read += Math.max(k, 0);
                ticker.tick(ImportPhase.LOADING, before + n * read / size, total);
                return k;
            }
        };
        return new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(PgBinaryCopy.HEADER), file, new ByteArrayInputStream(PgBinaryCopy.TRAILER))));
    }

    @Override
    public void close() throws IOException {
        try {
            buildings.close();
            events.close();
        } finally {
            Files.deleteIfExists(buildingFile);
            Files.deleteIfExists(eventFile);
        }
    }
}
