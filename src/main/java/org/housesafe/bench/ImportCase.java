package org.housesafe.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.housesafe.platform.db.Database;

/**
 * The bulk import case: the last features of the city, written as one GeoJSON file, imported
 * through the bulk import (validation, code assignment, one transaction) into the database that
 * already holds the rest. The raw side loads the same rows, computed beforehand, and rolls back;
 * it runs first, while the rows are not there yet.
 */
final class ImportCase {

    private ImportCase() {
    }

    static CaseResult run(CaseRunner runner, CityWriter writer, CityLoader loader, Database rawDb, Path workDir,
                          long from, long to, Progress progress) throws Exception {
        Path file = workDir.resolve("import-case.geojson");
        Path buildings = workDir.resolve("import-case.building.tsv");
        Path events = workDir.resolve("import-case.event.tsv");
        try (RawRows rows = new RawRows(buildings, events)) {
            writer.writeGeoJson(from, to, file, n -> progress.share("generating the import case", n, to - from),
                    rows::add);
        }
        long bytes = Files.size(file);
        RawImport raw = new RawImport(rawDb, buildings, events);
        try {
            return runner.runRawFirst("import", "bulk import from GeoJSON", "features/s",
                    new CaseRunner.Side(1, null, (c, n) -> {
                        long features = loader.importFile(file, 0, to - from, to - from).features();
                        return new Measure.Outcome(bytes, features);
                    }, 1),
                    new CaseRunner.Side(1, null, (c, n) -> raw.load(), 3),
                    (s, r) -> String.format(Locale.ROOT, "%,d features, %s of GeoJSON; raw: COPY/INSERT of the same"
                            + " rows, rolled back", s.medianItems(), Report.size(bytes)));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(buildings);
            Files.deleteIfExists(events);
        }
    }
}
