package org.housesafe.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.housesafe.HouseSafe;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.adminunit.UnitIndex;
import org.housesafe.building.BuildingService;
import org.housesafe.platform.db.Database;

/**
 * Imports a GeoJSON FeatureCollection of building footprints, all or nothing. First every
 * feature is read (streaming), checked as {@code POST /api/buildings} checks one (in parallel),
 * given its street and community from an in-memory index of the admin units, and parked in a
 * temporary spool; a house code or id repeated in the file or already stored is an error too.
 * Only when no feature failed are the rows loaded, in one transaction with one
 * {@code import_batch} row (COPY on PostGIS, batched INSERTs on H2GIS); each building's history
 * starts with an {@code import} event naming the import.
 *
 * <p>Invalid input is not an exception: the result lists the errors (the first
 * {@link #MAX_ERRORS_LISTED}, with the total) and nothing is written. A database failure throws
 * {@link org.housesafe.platform.db.StoreException}, and also writes nothing.
 */
public final class BulkImport {
    public static final int MAX_ERRORS_LISTED = ErrorList.MAX;

    private final Database db;
    private final BuildingService buildings;
    private final AdminUnitStore units;
    private final Clock clock;
    private final int threads;
    private final Runnable committed;

    /** @param committed told after each import that wrote buildings (e.g. to drop cached tiles) */
    public BulkImport(Database db, BuildingService buildings, AdminUnitStore units, Clock clock, int threads,
                      Runnable committed) {
        this.db = db;
        this.buildings = buildings;
        this.units = units;
        this.clock = clock;
        this.threads = threads;
        this.committed = committed;
    }

    /** On the app's services, checking features on every available core; an import drops the cached tiles. */
    public static BulkImport of(HouseSafe.Services s) {
        return new BulkImport(s.db(), s.buildings(), s.units(), Clock.systemUTC(),
                Runtime.getRuntime().availableProcessors(), s.tiles()::invalidateAll);
    }

    /**
     * Imports the FeatureCollection in {@code geojson} (read to its end, not closed); the SHA-256
     * of its bytes is recorded.
     *
     * @throws IOException when the stream fails (not when its content is invalid)
     */
    public ImportResult run(InputStream geojson, ImportOptions options, ProgressListener progress)
            throws IOException {
        MessageDigest sha = sha256();
        try (FeatureReader reader = new FeatureReader(new DigestInputStream(geojson, sha))) {
            return run(reader, options, progress, () -> HexFormat.of().formatHex(sha.digest()));
        }
    }

    /** Imports features that are already parsed (GeoJSON Feature objects), skipping the text. */
    public ImportResult run(Iterator<? extends JsonNode> features, ImportOptions options, ProgressListener progress) {
        try {
            return run(FeatureSource.of(features), options, progress, () -> null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportResult run(FeatureSource source, ImportOptions options, ProgressListener progress,
                             Supplier<String> digest) throws IOException {
        Instant started = clock.instant();
        UUID importId = UUID.randomUUID();
        Ticker ticker = new Ticker(progress);
        ticker.tick(ImportPhase.VALIDATING, 0, -1);
        Validation v = new Validation(new FeaturePreparer(buildings, UnitIndex.load(units), options, importId,
                started), threads, ticker);
        try (Spool spool = Spool.forDialect(db.dialect())) {
            long features = v.run(source, spool);
            if (features == 0 && v.errors.isEmpty()) {
                v.errors.add(new ImportError(-1, "features", "the FeatureCollection holds no features"));
            }
            ExistingKeys.check(db, v.keys, v.errors, ticker);
            if (!v.errors.isEmpty()) {
                return result(null, features, v.errors, null, started, clock.instant(), ticker);
            }
            String sha = digest.get();
            Instant finished;
            try {
                finished = new ImportStore(db, clock).load(spool,
                        new ImportStore.Batch(importId, options, sha, features, started), ticker);
            } catch (ImportStore.Conflict e) {
                ErrorList conflict = new ErrorList();
                conflict.add(new ImportError(-1, "", e.getMessage() + "; nothing was imported, try again"));
                return result(null, features, conflict, sha, started, clock.instant(), ticker);
            }
            committed.run();
            return result(importId, features, v.errors, sha, started, finished, ticker);
        }
    }

    private static ImportResult result(UUID id, long features, ErrorList errors, String sha, Instant started,
                                       Instant finished, Ticker ticker) {
        List<ImportError> listed = new ArrayList<>(errors.listed());
        listed.sort(Comparator.comparingLong(ImportError::index));
        ticker.end(ImportPhase.DONE, id == null ? 0 : features, features);
        return new ImportResult(id, features, errors.count(), listed, sha, started, finished);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
