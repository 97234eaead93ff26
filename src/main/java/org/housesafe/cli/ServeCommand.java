package org.housesafe.cli;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.housesafe.HouseSafe;
import org.housesafe.config.Config;
import org.housesafe.config.ConfigSources;
import org.housesafe.demo.DemoLoader;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.DatabaseSetupException;
import org.housesafe.platform.geo.FootprintReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Serves the web app and API; loads the demo data into an empty database on first start. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web app and API (default). Flags override HOUSESAFE_* environment variables.")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", description = "HTTP port (HOUSESAFE_PORT, default 7070)")
    Integer port;
    @Option(names = "--bind", description = "bind address (HOUSESAFE_BIND, default 127.0.0.1)")
    String bind;
    @Option(names = "--data-dir", description = "data directory of the embedded database (HOUSESAFE_DATA_DIR, default ./data)")
    Path dataDir;
    @Option(names = "--db-url", description = "JDBC URL; jdbc:postgresql:… selects PostGIS (HOUSESAFE_DB_URL)")
    String dbUrl;
    @Option(names = "--db-user", description = "database user (HOUSESAFE_DB_USER)")
    String dbUser;
    @Option(names = "--db-password", description = "database password (HOUSESAFE_DB_PASSWORD; prefer the variable: flags show in ps)")
    String dbPassword;
    @Option(names = "--extent", description = "service extent minLon,minLat,maxLon,maxLat (HOUSESAFE_EXTENT)")
    String extent;
    @Option(names = "--basemap", description = "osm, tianditu or none (HOUSESAFE_BASEMAP)")
    String basemap;
    @Option(names = "--tianditu-key", description = "Tianditu browser key (HOUSESAFE_TIANDITU_KEY)")
    String tiandituKey;
    @Option(names = "--no-demo", description = "do not load the demo data into an empty database")
    boolean noDemo;

    @Override
    public Integer call() throws Exception {
        Config config;
        try {
            config = ConfigSources.resolve(System.getenv(), new ConfigSources.Flags(port, bind, dataDir, dbUrl, dbUser,
                    dbPassword, extent, basemap, tiandituKey));
        } catch (IllegalArgumentException e) {
            System.err.println("Configuration error: " + e.getMessage());
            return 2;
        }
        if (!config.isPostgis()) {
            Files.createDirectories(config.dataDir());
        }
        Database db;
        try {
            db = Database.open(config.effectiveDbUrl(), config.dbUser(), config.dbPassword());
        } catch (DatabaseSetupException e) {
            System.err.println(e.getMessage());
            return 3;
        }
        HouseSafe.Services services = HouseSafe.Services.of(config, db, Clock.systemUTC());
        if (!noDemo && DemoLoader.loadIfEmpty(services, new FootprintReader(config.extent(), Integer.MAX_VALUE))) {
            LOG.info("loaded the demo data (gis-data/) into the empty database");
        }
        Javalin app = HouseSafe.create(config, services);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
        }, "housesafe-shutdown"));
        app.start(config.bind(), config.port());
        LOG.info("HouseSafe on {} serving http://{}:{}/", db.dialect().name(),
                "127.0.0.1".equals(config.bind()) ? "localhost" : config.bind(), app.port());
        Thread.currentThread().join();   // serve until the JVM is stopped; the hook closes cleanly
        return 0;
    }
}
