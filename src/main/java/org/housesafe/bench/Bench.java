package org.housesafe.bench;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.housesafe.HouseSafe;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;

/**
 * The benchmark of issue #6: generates the synthetic city, loads it through the bulk import,
 * starts the service on it (or uses a running one), measures every case over HTTP and the same
 * work over JDBC, and writes the table. See {@code BENCHMARKS.md} for what it found.
 */
public final class Bench {
    private static final int CASES = 15 + OgcCases.CASES;

    private final BenchSettings settings;
    private final Config config;
    private final Progress progress;

    public Bench(BenchSettings settings, Config config, PrintStream progress) {
        this.settings = settings;
        this.config = config;
        this.progress = new Progress(progress);
    }

    /**
     * Runs every case on {@code db} (the service's database, migrated) and writes the section into
     * {@code settings.output()} when one is given.
     *
     * @throws IllegalStateException when the database holds buildings other than this city's
     */
    public Report run(Database db) throws Exception {
        String startLoad = Machine.load();
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        progress.phase("planning " + String.format(Locale.ROOT, "%,d", settings.buildings()) + " buildings");
        CityPlan plan = CityPlan.of(settings.seed(), settings.buildings());
        AdminGrid grid = new AdminGrid(plan);
        Workload work = new Workload(plan);
        CityWriter writer = new CityWriter(plan, grid);
        Files.createDirectories(settings.workDir());
        HouseSafe.Services services = HouseSafe.Services.of(config, db, Clock.systemUTC());
        CityLoader loader = new CityLoader(services, writer, settings.workDir(), progress);
        long n = settings.buildings();
        long caseFrom = n - settings.importCaseFeatures();
        long held = BenchDatabase.buildings(db);
        String database = BenchDatabase.version(db);
        long loadStart = System.nanoTime();
        if (held == 0) {
            loader.load(grid, caseFrom, n);
        } else if (held != caseFrom && held != n) {
            throw new IllegalStateException(String.format(Locale.ROOT, "the database holds %,d buildings: use an empty"
                    + " database, or the one a run with the same --buildings and --seed left", held));
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        BenchAccounts.Callers callers = BenchAccounts.ensure(services, grid.streetCodes());
        try (Database rawDb = BenchDatabase.raw(config)) {
            CaseRunner runner = new CaseRunner(settings, progress, CASES);
            Map<String, CaseResult> results = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            if (held < n) {
                add(results, ImportCase.run(runner, writer, loader, rawDb, settings.workDir(), caseFrom, n, progress));
            } else {
                runner.skip("bulk import");
                missing.add("bulk import (the database already held the whole city from an earlier run)");
            }
            Javalin app = settings.url() == null ? HouseSafe.create(config, services).start("127.0.0.1", 0) : null;
            try {
                String base = app == null ? settings.url() : "http://127.0.0.1:" + app.port();
                ServiceCalls http = new ServiceCalls(base, callers.reader(), callers.writer());
                RawQueries raw = new RawQueries(rawDb);
                if (BenchDatabase.hasTiles(http)) {
                    TileCases.run(runner, http, raw, work, settings.concurrency()).forEach(r -> add(results, r));
                } else {
                    missing.add("vector tiles (the service answers no /tiles/buildings.json)");
                    for (int k = 0; k < TileCases.CASES; k++) {
                        runner.skip("tiles");
                    }
                }
                ReadCases.run(runner, http, raw, work, app != null).forEach(r -> add(results, r));
                OgcCases.run(runner, http, raw, work).forEach(r -> add(results, r));
                add(results, WriteCase.run(runner, http, new RawWrites(rawDb, callers.writerId()), rawDb,
                        callers.writerStreets(), settings.concurrency()));
            } finally {
                if (app != null) {
                    app.stop();
                }
            }
            List<String> context = BenchDatabase.context(settings, database, date, startLoad, String.format(Locale.ROOT,
                    "%,d buildings (seed %d) in %d towns, %,d streets and %,d communities around Hengyang%s", n,
                    settings.seed(), plan.towns.size(), grid.streetCodes().size(),
                    grid.units().size() - grid.streetCodes().size(), held == 0 ? String.format(Locale.ROOT,
                            "; generated and bulk-imported in %.0f s (%,.0f features/s) before the cases", loadSeconds,
                            caseFrom / loadSeconds) : "; loaded by an earlier run"), app != null);
            Report report = new Report(BenchDatabase.heading(db, n), context, new ArrayList<>(results.values()),
                    Targets.check(BenchDatabase.postgis(db), settings.concurrency(), results), missing);
            if (settings.output() != null) {
                BenchmarksFile.write(settings.output(), report.heading(), report.markdown());
                progress.phase("wrote the table into " + settings.output());
            }
            return report;
        }
    }

    private static void add(Map<String, CaseResult> results, CaseResult r) {
        results.put(r.key(), r);
    }
}
