package org.housesafe.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.housesafe.config.Config;
import org.housesafe.importer.BulkImport;
import org.housesafe.importer.ImportError;
import org.housesafe.importer.ImportOptions;
import org.housesafe.importer.ImportPhase;
import org.housesafe.importer.ImportResult;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.DatabaseSetupException;
import org.housesafe.platform.db.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE.geojson}: loads building footprints all or nothing. Progress goes to
 * standard error at most once a second; the outcome, or every error with its feature index, to
 * standard output. Exit 0 when imported, 1 when the file was refused (nothing written), 2 when
 * the file cannot be read, 3 when the database cannot be opened or written.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import building footprints from a GeoJSON FeatureCollection: every feature is checked "
                + "first, then all are loaded in one transaction, or none.")
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;
    @Option(names = "--actor", defaultValue = "import",
            description = "name of the system actor recorded in each building's history (default: import)")
    String actor;
    @Option(names = "--with-history",
            description = "features carry their status and events (the shape of gis-data/buildings.geojson)")
    boolean withHistory;
    @Parameters(index = "0", description = "GeoJSON FeatureCollection file")
    Path file;

    @Override
    public Integer call() throws Exception {
        Config config = connection.config(System.getenv());
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            System.err.println("No such file: " + file);
            return 2;
        }
        try (Database db = ConnectionOptions.open(config);
             Counting in = new Counting(Files.newInputStream(file))) {
            BulkImport importer = BulkImport.of(ConnectionOptions.services(config, db));
            ImportOptions options = ImportOptions.of(file.getFileName().toString(), actor).withHistory(withHistory);
            ImportResult r = importer.run(in, options, (phase, done, total) -> progress(phase, done, total, in, size));
            return report(r, System.out);
        } catch (DatabaseSetupException e) {
            System.err.println(e.getMessage());
            return 3;
        } catch (StoreException e) {
            System.err.println("Import failed, nothing was imported: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
            return 3;
        } catch (IOException e) {
            System.err.println("Cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }

    static int report(ImportResult r, PrintStream out) {
        if (r.ok()) {
            out.printf("imported %d buildings in %.1f s (%.0f features/s), import %s%n", r.features(),
                    r.duration().toMillis() / 1000.0, r.featuresPerSecond(), r.importId());
            return 0;
        }
        for (ImportError e : r.errors()) {
            out.println(e);
        }
        out.println("refused: " + r.errorCount() + (r.errorCount() == 1 ? " error" : " errors") + " in "
                + r.features() + " features" + (r.errorCount() > r.errors().size()
                ? " (the first " + r.errors().size() + " listed)" : "") + "; nothing was imported");
        return 1;
    }

    private static void progress(ImportPhase phase, long done, long total, Counting in, long size) {
        String line = switch (phase) {
            case VALIDATING -> "validating " + done + " features (" + (size == 0 ? 100 : in.count * 100 / size)
                    + "% of the file)";
            case CHECKING -> "checking " + done + "/" + total + " house codes and ids against the database";
            case LOADING -> "loading " + done + "/" + total + " rows";
            case INDEXING -> "building the indexes again";
            case COMMITTING -> "committing";
            case VACUUMING -> "vacuuming the building table";
            case DONE -> "done";
        };
        System.err.println(line);
    }

    /** Counts the bytes read, for the share of the file validated so far. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
