package org.housesafe.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.housesafe.HouseSafe;
import org.housesafe.importer.BulkImport;
import org.housesafe.importer.ImportOptions;
import org.housesafe.importer.ImportResult;

/**
 * Loads the synthetic city through the project's own bulk import, as an administrator would with
 * {@code import FILE.geojson}: the admin units first (the import assigns codes from them), then the
 * buildings in GeoJSON files of 100,000 features, each written, imported in one transaction and
 * deleted, so that neither memory nor disk holds the whole city.
 */
final class CityLoader {
    static final int CHUNK = 100_000;
    static final String ACTOR = "bench";

    private final HouseSafe.Services services;
    private final CityWriter writer;
    private final Path workDir;
    private final Progress progress;

    CityLoader(HouseSafe.Services services, CityWriter writer, Path workDir, Progress progress) {
        this.services = services;
        this.writer = writer;
        this.workDir = workDir;
        this.progress = progress;
    }

    /** Generates and imports buildings {@code [0, to)} of {@code total}; the admin units go in first. */
    void load(AdminGrid grid, long to, long total) throws IOException {
        progress.phase(String.format(java.util.Locale.ROOT, "loading %,d streets and communities",
                grid.units().size()));
        services.units().insertAll(grid.units());
        for (long from = 0; from < to; from += CHUNK) {
            long end = Math.min(to, from + CHUNK);
            Path file = workDir.resolve("city-" + from + ".geojson");
            long base = from;
            writer.writeGeoJson(from, end, file, n -> progress.share("generating", base + n, total), null);
            importFile(file, base, end - from, total);
            Files.delete(file);
        }
    }

    /**
     * Imports one file of {@code features} with its histories, showing progress as a share of
     * {@code total} after {@code before} (each phase counts in its own units: features, keys, rows).
     *
     * @throws IllegalStateException when the import refused it (a bug in the generator: the message
     *                               lists the first errors)
     */
    ImportResult importFile(Path file, long before, long features, long total) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ImportResult r = BulkImport.of(services).run(in,
                    ImportOptions.of(file.getFileName().toString(), ACTOR).withHistory(true),
                    (phase, done, of) -> progress.share("importing (" + phase.label() + ")",
                            before + (of > 0 ? done * features / of : Math.min(done, features)), total));
            if (!r.ok()) {
                throw new IllegalStateException("the bulk import refused " + file.getFileName() + ": "
                        + r.errorCount() + " errors, first: " + r.errors().stream().limit(5)
                        .map(e -> "#" + e.index() + " " + e.field() + ": " + e.message())
                        .collect(Collectors.joining("; ")));
            }
            return r;
        }
    }
}
