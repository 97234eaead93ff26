package org.housesafe.importer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.housesafe.building.BuildingStore;
import org.housesafe.platform.db.SpatialDialect;

/**
 * The embedded database's spool: one record per row ({@link RowRecords}), loaded through the
 * building store's own batched INSERTs (rows, events and chain heads, as for any other write)
 * in large batches.
 */
final class RowSpool implements Spool {
    private static final int BUFFER = 1 << 20;
    private static final int BATCH = 2_000;

    private final SpatialDialect dialect;
    private final Path file = Files.createTempFile("housesafe-import-", ".rows");
    private final OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
    private long count;

    RowSpool(SpatialDialect dialect) throws IOException {
        this.dialect = dialect;
    }

    @Override
    public Encoded encode(PreparedRow row) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try {
            RowRecords.write(new DataOutputStream(bytes), row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Encoded(bytes.toByteArray(), null, row.history().size());
    }

    @Override
    public void append(Encoded row) throws IOException {
        out.write(row.building());
        count++;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void load(Connection c, Ticker ticker) throws SQLException, IOException {
        out.close();
        ticker.tick(ImportPhase.LOADING, 0, count);
        long done = 0;
        List<BuildingStore.NewRecord> batch = new ArrayList<>(BATCH);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER))) {
            for (PreparedRow r = RowRecords.read(in); r != null; r = RowRecords.read(in)) {
                batch.add(new BuildingStore.NewRecord(r.building(), r.history()));
                if (batch.size() == BATCH) {
                    BuildingStore.insert(c, dialect, batch);
                    done += batch.size();
                    batch.clear();
                    ticker.tick(ImportPhase.LOADING, done, count);
                }
            }
        }
        if (!batch.isEmpty()) {
            BuildingStore.insert(c, dialect, batch);
        }
        ticker.end(ImportPhase.LOADING, count, count);
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
