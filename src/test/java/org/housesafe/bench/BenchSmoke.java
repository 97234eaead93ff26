package org.housesafe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.housesafe.config.Basemap;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;

/**
 * A tiny benchmark run (1,000 buildings, 0.3 s a case) and what every run must give:
 * figures for every case on both sides, no errors, no lost write, and the section written into
 * the output file (a temporary one, never the repository's BENCHMARKS.md).
 */
final class BenchSmoke {
    static final long BUILDINGS = 1_000;
    static final List<String> CASES = List.of("import", "tile16-cold-1", "tile16-cold-4", "tile16-warm-1",
            "tile16-warm-4", "tile14-cold-1", "tile14-cold-4", "tile14-warm-1", "tile14-warm-4", "page", "by-id",
            "export", "stats", "stats-within", "ogc-page", "ogc-first", "ogc-deep", "ogc-cql2", "writes");

    private BenchSmoke() {
    }

    /** The service's configuration on {@code dbUrl}, or on an embedded database under {@code dir} when null. */
    static Config config(Path dir, String dbUrl, String user, String password) {
        Config d = Config.defaults();
        return new Config(0, "127.0.0.1", dir.resolve("data"), dbUrl, user, password, d.extent(), Basemap.NONE, null,
                d.limits(), d.security(), false, d.deadlines());
    }

    static void runAndCheck(Config config, Path dir, String heading) throws Exception {
        Files.createDirectories(config.dataDir());
        Path output = dir.resolve("BENCHMARKS.md");
        Files.writeString(output, "# Benchmarks\n\n## Another section\n\nkept as it is\n");
        BenchSettings settings = new BenchSettings(BUILDINGS, 4, Duration.ofMillis(300), Duration.ofMillis(50), 7,
                output, null, dir.resolve("work"), "bench smoke test");
        Report report;
        try (Database db = Database.open(config.effectiveDbUrl(), config.dbUser(), config.dbPassword())) {
            report = new Bench(settings, config, System.err).run(db);
        }
        assertThat(report.missing()).isEmpty();
        assertThat(report.results()).extracting(CaseResult::key).containsExactlyElementsOf(CASES);
        for (CaseResult r : report.results()) {
            assertThat(r.complete()).as("%s: service %s, raw %s", r.key(), r.service(), r.raw()).isTrue();
            assertThat(r.raw()).as(r.key()).isNotNull();
            assertThat(r.service().medianMs()).as(r.key()).isPositive();
        }
        CaseResult writes = report.results().get(CASES.indexOf("writes"));
        assertThat(writes.extras()).containsEntry("lost", 0.0);
        assertThat(report.checks()).isNotEmpty().allSatisfy(c -> assertThat(c.measured()).isNotEqualTo("not measured"));
        String md = Files.readString(output);
        assertThat(md).contains("## Another section\n\nkept as it is", heading, "| full GeoJSON export | 1 |",
                "| target (issue #6) |", "Command: `bench smoke test`");
        assertThat(Files.list(settings.workDir())).as("generated files are deleted").isEmpty();
    }
}
