package org.housesafe.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import org.housesafe.HouseSafe;
import org.housesafe.config.Config;
import org.housesafe.config.ConfigSources;
import org.housesafe.demo.DemoAccounts;
import org.housesafe.demo.DemoLoader;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.DatabaseSetupException;
import org.housesafe.platform.geo.FootprintReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Serves the web app and API. In demo mode (default for the embedded database) it loads the
 * demo data into an empty database and keeps the demo accounts; outside it, they are disabled.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web app and API (default). Flags override HOUSESAFE_* environment variables.")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    ConnectionOptions connection;
    @Option(names = "--port", description = "HTTP port (HOUSESAFE_PORT, default 7070)")
    Integer port;
    @Option(names = "--bind", description = "bind address (HOUSESAFE_BIND, default 0.0.0.0)")
    String bind;
    @Option(names = "--extent", description = "service extent minLon,minLat,maxLon,maxLat (HOUSESAFE_EXTENT)")
    String extent;
    @Option(names = "--basemap", description = "osm, tianditu or none (HOUSESAFE_BASEMAP)")
    String basemap;
    @Option(names = "--tianditu-key", description = "Tianditu browser key (HOUSESAFE_TIANDITU_KEY)")
    String tiandituKey;
    @Option(names = "--demo", negatable = true,
            description = "demo mode: demo data into an empty database, demo accounts (HOUSESAFE_DEMO; default on for the embedded database)")
    Boolean demo;

    @Override
    public Integer call() throws Exception {
        Config config;
        try {
            config = ConfigSources.resolve(System.getenv(), new ConfigSources.Flags(port, bind, connection.dataDir,
                    connection.dbUrl, connection.dbUser, connection.dbPassword, extent, basemap, tiandituKey, demo));
        } catch (IllegalArgumentException e) {
            System.err.println("Configuration error: " + e.getMessage());
            return 2;
        }
        Database db;
        try {
            db = ConnectionOptions.open(config);
        } catch (DatabaseSetupException e) {
            System.err.println(e.getMessage());
            return 3;
        }
        HouseSafe.Services services = ConnectionOptions.services(config, db);
        prepareDemo(config, services);
        if (!services.accounts().activeAdminExists()) {
            LOG.warn("no administrator yet: data stays closed until one exists; create one with "
                    + "java -jar target/housesafe.jar user add --role admin NAME");
        }
        Javalin app = HouseSafe.create(config, services);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
        }, "housesafe-shutdown"));
        app.start(config.bind(), config.port());
        LOG.info("HouseSafe on {} serving http://{}:{}/", db.dialect().name(),
                "0.0.0.0".equals(config.bind()) || "127.0.0.1".equals(config.bind()) ? "localhost" : config.bind(),
                app.port());
        Thread.currentThread().join();   // serve until the JVM is stopped; the hook closes cleanly
        return 0;
    }

    private static void prepareDemo(Config config, HouseSafe.Services services) throws java.io.IOException {
        if (!config.demoMode()) {
            DemoAccounts.disable(services.users());
            return;
        }
        if (DemoLoader.loadIfEmpty(services, new FootprintReader(config.extent(), Integer.MAX_VALUE))) {
            LOG.info("loaded the demo data (gis-data/) into the empty database");
        }
        try {
            DemoAccounts.ensure(services.users());
        } catch (org.housesafe.platform.web.ApiException e) {
            LOG.warn("demo accounts not created: {}", e.getMessage());
            return;
        }
        LOG.info("demo mode: demo accounts demo-inspector, demo-street, demo-district, demo-appraiser, "
                + "demo-planner, demo-admin (password in README)");
    }
}
