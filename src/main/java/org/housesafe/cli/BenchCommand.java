package org.housesafe.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.housesafe.bench.Bench;
import org.housesafe.bench.BenchSettings;
import org.housesafe.bench.Report;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.DatabaseSetupException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: generates a synthetic city into an empty database, loads it through the bulk
 * import, and measures the service against the database's own limit (issue #6). Progress goes to
 * standard error, the Markdown table to standard output and, with {@code --output}, into a file.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the service on a synthetic city against raw SQL; writes a Markdown table.")
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;
    @Option(names = "--buildings", defaultValue = "1000000",
            description = "buildings in the synthetic city (default ${DEFAULT-VALUE})")
    long buildings;
    @Option(names = "--concurrency", defaultValue = "4",
            description = "clients of the concurrent cases (default ${DEFAULT-VALUE})")
    int concurrency;
    @Option(names = "--duration", defaultValue = "10s", converter = DurationConverter.class,
            description = "timed length of each case, e.g. 10s, 500ms, 1m (default ${DEFAULT-VALUE})")
    Duration duration;
    @Option(names = "--warmup", defaultValue = "2s", converter = DurationConverter.class,
            description = "untimed warm-up before each case (default ${DEFAULT-VALUE})")
    Duration warmup;
    @Option(names = "--seed", defaultValue = "20220520",
            description = "seed of the synthetic city (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--output", description = "Markdown file to write the section into, e.g. BENCHMARKS.md")
    Path output;
    @Option(names = "--url",
            description = "measure this running service (on the same database) instead of starting one")
    String url;
    @Option(names = "--work-dir",
            description = "directory for the generated GeoJSON files (default: the system temp dir)")
    Path workDir;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (buildings < 100 || concurrency < 1 || duration.isZero() || duration.isNegative() || warmup.isNegative()) {
            System.err.println("--buildings must be at least 100, --concurrency at least 1, --duration positive");
            return 2;
        }
        Config config = connection.config(System.getenv());
        Path work = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"), "housesafe-bench");
        BenchSettings settings = new BenchSettings(buildings, concurrency, duration, warmup, seed, output, url, work,
                command());
        try (Database db = ConnectionOptions.open(config)) {
            Report report = new Bench(settings, config, System.err).run(db);
            System.out.print(report.markdown());
            return report.complete() ? 0 : 1;
        } catch (DatabaseSetupException e) {
            System.err.println(e.getMessage());
            return 3;
        }
    }

    /** The command as typed, the password left out. */
    private String command() {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        StringBuilder b = new StringBuilder("java -jar target/housesafe.jar bench");
        for (int k = args.isEmpty() || !args.get(0).equals("bench") ? 0 : 1; k < args.size(); k++) {
            String a = args.get(k);
            boolean secret = a.startsWith("--db-password");
            b.append(' ').append(secret ? "--db-password=***" : a);
            if (secret && !a.contains("=")) {
                k++;
            }
        }
        return b.toString();
    }

    /** {@code 10s}, {@code 500ms}, {@code 2m}, or an ISO-8601 duration such as {@code PT10S}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.startsWith("pt")) {
                return Duration.parse(v);
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not a duration like 10s");
            };
        }
    }
}
