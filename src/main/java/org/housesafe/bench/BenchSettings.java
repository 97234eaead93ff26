package org.housesafe.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a benchmark run does.
 *
 * @param buildings   size of the synthetic city
 * @param concurrency clients of the concurrent cases (tiles, writes)
 * @param duration    timed length of each case
 * @param warmup      untimed length before each case
 * @param output      Markdown file the table goes into ({@code null}: standard output only)
 * @param url         a running service on the same database to measure, instead of starting one
 * @param workDir     where the generated GeoJSON files go (deleted as they are imported)
 * @param command     the command line, as written into the report
 */
public record BenchSettings(long buildings, int concurrency, Duration duration, Duration warmup, long seed,
                            Path output, String url, Path workDir, String command) {

    /** Features in the file whose bulk import is a timed case (the last of the city). */
    long importCaseFeatures() {
        return Math.min(100_000, buildings / 2);
    }
}
