package org.housesafe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.housesafe.HouseSafe;
import org.housesafe.config.Config;
import org.housesafe.config.ConfigSources;
import org.housesafe.platform.db.Database;
import picocli.CommandLine.Option;

/** The database flags every subcommand that opens the database shares. */
public final class ConnectionOptions {
    @Option(names = "--data-dir", description = "data directory of the embedded database (HOUSESAFE_DATA_DIR, default ./data)")
    Path dataDir;
    @Option(names = "--db-url", description = "JDBC URL; jdbc:postgresql:… selects PostGIS (HOUSESAFE_DB_URL)")
    String dbUrl;
    @Option(names = "--db-user", description = "database user (HOUSESAFE_DB_USER)")
    String dbUser;
    @Option(names = "--db-password", description = "database password (HOUSESAFE_DB_PASSWORD; prefer the variable: flags show in ps)")
    String dbPassword;

    /** The configuration from the environment and these flags only. */
    Config config(Map<String, String> env) {
        return ConfigSources.resolve(env, new ConfigSources.Flags(null, null, dataDir, dbUrl, dbUser, dbPassword,
                null, null, null, null));
    }

    /** Opens (creating the embedded data directory if needed) and migrates the database. */
    static Database open(Config config) throws java.io.IOException {
        if (!config.isPostgis()) {
            Files.createDirectories(config.dataDir());
        }
        return Database.open(config.effectiveDbUrl(), config.dbUser(), config.dbPassword());
    }

    static HouseSafe.Services services(Config config, Database db) {
        return HouseSafe.Services.of(config, db, Clock.systemUTC());
    }
}
