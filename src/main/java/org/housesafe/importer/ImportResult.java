package org.housesafe.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How an import ended. When {@link #ok()} the features are committed under {@code importId};
 * otherwise nothing was written and {@code errors} lists the first problems (at most
 * {@link BulkImport#MAX_ERRORS_LISTED}) of {@code errorCount} in all.
 *
 * @param features how many features the input held (committed only when {@link #ok()})
 * @param sha256   of the input bytes; {@code null} when refused or when features came already parsed
 */
public record ImportResult(UUID importId, long features, long errorCount, List<ImportError> errors,
                           String sha256, Instant startedAt, Instant finishedAt) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errorCount == 0;
    }

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }

    /** Features per second over the whole import, validation included. */
    public double featuresPerSecond() {
        long micros = Math.max(1, duration().toNanos() / 1000);
        return features * 1e6 / micros;
    }
}
