package org.housesafe.config;

import java.nio.file.Path;

/**
 * Every setting of a running service, with every default in {@link #defaults()}. Environment
 * variables ({@code HOUSESAFE_*}) override the defaults and command-line flags override both;
 * {@link ConfigSources} does the merging.
 *
 * @param dbUrl JDBC URL; {@code null} means the embedded H2GIS file under {@code dataDir};
 *              a {@code jdbc:postgresql:} URL selects PostGIS
 */
public record Config(int port, String bind, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                     Extent extent, Basemap basemap, String tiandituKey, Limits limits) {

    /** Input limits, checked before expensive work (README, "Limits"). */
    public record Limits(long maxBodyBytes, int maxJsonDepth, int maxVertices, int defaultPageSize, int maxPageSize) {
        public static final Limits DEFAULT = new Limits(2L * 1024 * 1024, 32, 5_000, 100, 10_000);
    }

    public static Config defaults() {
        return new Config(7070, "127.0.0.1", Path.of("data"), null, null, null, Extent.HENGYANG, Basemap.OSM, null,
                Limits.DEFAULT);
    }

    public boolean isPostgis() {
        return dbUrl != null && dbUrl.startsWith("jdbc:postgresql:");
    }

    /** The JDBC URL actually used: the configured one, or the embedded H2GIS file. */
    public String effectiveDbUrl() {
        if (dbUrl != null) {
            return dbUrl;
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("housesafe") + ";WRITE_DELAY=0";
    }
}
