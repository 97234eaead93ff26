package org.housesafe.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.housesafe.lifecycle.DeadlineRules;

/**
 * Every setting of a running service, with every default in {@link #defaults()}. Environment
 * variables ({@code HOUSESAFE_*}) override the defaults and command-line flags override both;
 * {@link ConfigSources} does the merging.
 *
 * @param dbUrl JDBC URL; {@code null} means the embedded H2GIS file under {@code dataDir};
 *              a {@code jdbc:postgresql:} URL selects PostGIS
 * @param deadlines how long each stage of a case may take before it is overdue
 * @param tileCacheMb memory for cached vector tiles, in MiB; 0 caches none
 * @param photoMaxDistanceMeters how far from the footprint a photo's EXIF position may lie before
 *                               the photo is flagged as evidence taken elsewhere
 */
public record Config(int port, String bind, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                     Extent extent, Basemap basemap, String tiandituKey, Limits limits, Security security,
                     Boolean demo, DeadlineRules deadlines, int tileCacheMb, double photoMaxDistanceMeters) {
    public static final int DEFAULT_TILE_CACHE_MB = 64;
    public static final double DEFAULT_PHOTO_MAX_DISTANCE_METERS = 100;

    /** Without a photo distance: the default one. */
    public Config(int port, String bind, Path dataDir, String dbUrl, String dbUser, String dbPassword, Extent extent,
                  Basemap basemap, String tiandituKey, Limits limits, Security security, Boolean demo,
                  DeadlineRules deadlines, int tileCacheMb) {
        this(port, bind, dataDir, dbUrl, dbUser, dbPassword, extent, basemap, tiandituKey, limits, security, demo,
                deadlines, tileCacheMb, DEFAULT_PHOTO_MAX_DISTANCE_METERS);
    }

    /** Without a tile cache size: the default one. */
    public Config(int port, String bind, Path dataDir, String dbUrl, String dbUser, String dbPassword, Extent extent,
                  Basemap basemap, String tiandituKey, Limits limits, Security security, Boolean demo,
                  DeadlineRules deadlines) {
        this(port, bind, dataDir, dbUrl, dbUser, dbPassword, extent, basemap, tiandituKey, limits, security, demo,
                deadlines, DEFAULT_TILE_CACHE_MB);
    }

    /**
     * Input limits, checked before expensive work (README, "Limits").
     *
     * @param maxImportBytes the largest GeoJSON file the admin may upload for a bulk import
     */
    public record Limits(long maxBodyBytes, int maxJsonDepth, int maxVertices, int defaultPageSize, int maxPageSize,
                         long maxImportBytes) {
        public static final Limits DEFAULT = new Limits(2L * 1024 * 1024, 32, 5_000, 100, 10_000, 512L * 1024 * 1024);

        /** These limits with another import size. */
        public Limits withMaxImportBytes(long bytes) {
            return new Limits(maxBodyBytes, maxJsonDepth, maxVertices, defaultPageSize, maxPageSize, bytes);
        }
    }

    /**
     * Sessions and the network in front of the service.
     *
     * @param secureCookies {@code null}: Secure cookies when the request came over HTTPS (directly
     *                      or per a trusted proxy's X-Forwarded-Proto); true/false to force
     * @param trustedProxies addresses whose X-Forwarded-For and X-Forwarded-Proto are believed
     */
    public record Security(Duration sessionIdle, Duration sessionAbsolute, Boolean secureCookies,
                           Set<String> trustedProxies) {
        public static final Security DEFAULT =
                new Security(Duration.ofMinutes(30), Duration.ofHours(12), null, Set.of());
    }

    public static Config defaults() {
        return new Config(7070, "0.0.0.0", Path.of("data"), null, null, null, Extent.HENGYANG, Basemap.OSM, null,
                Limits.DEFAULT, Security.DEFAULT, null, DeadlineRules.DEFAULT);
    }

    /** Demo mode (demo data and demo accounts): by default on for the embedded database only. */
    public boolean demoMode() {
        return demo != null ? demo : !isPostgis();
    }

    public boolean isPostgis() {
        return dbUrl != null && dbUrl.startsWith("jdbc:postgresql:");
    }

    /** The JDBC URL actually used: the configured one, or the embedded H2GIS file. */
    public String effectiveDbUrl() {
        if (dbUrl != null) {
            return dbUrl;
        }
        // DB_CLOSE_ON_EXIT=FALSE: the service closes (and compacts) the file itself, after its last request
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("housesafe") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }
}
