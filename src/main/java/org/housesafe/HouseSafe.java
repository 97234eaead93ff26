package org.housesafe;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.housesafe.account.AccessControl;
import org.housesafe.account.AccountRoutes;
import org.housesafe.account.AccountStore;
import org.housesafe.account.Scope;
import org.housesafe.account.SecurityAudit;
import org.housesafe.account.SessionCookie;
import org.housesafe.account.Sessions;
import org.housesafe.account.Tokens;
import org.housesafe.account.UserRoutes;
import org.housesafe.account.Users;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.adminunit.AdminUnitRoutes;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.building.BuildingQueryParser;
import org.housesafe.building.BuildingRoutes;
import org.housesafe.building.BuildingService;
import org.housesafe.building.BuildingStore;
import org.housesafe.building.EventRoutes;
import org.housesafe.building.BuildingWrites;
import org.housesafe.lifecycle.AuditRoutes;
import org.housesafe.lifecycle.AuditVerifier;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.geo.FootprintReader;
import org.housesafe.platform.web.ClientInfo;
import org.housesafe.platform.web.ErrorMapping;
import org.housesafe.platform.web.JsonBody;
import org.housesafe.platform.web.SecurityHeaders;
import org.housesafe.platform.web.ServiceRoutes;
import org.housesafe.photo.PhotoIntake;
import org.housesafe.photo.PhotoRoutes;
import org.housesafe.photo.PhotoService;
import org.housesafe.photo.PhotoStore;
import org.housesafe.stats.StatsRoutes;
import org.housesafe.stats.StatsStore;

/**
 * Builds the web application from its dependencies: a configuration and an open database.
 * Nothing here is static, so tests build as many apps as they like, each on its own database.
 */
public final class HouseSafe {
    /** Photos decoded at once: each may take up to 40 megapixels of memory. */
    private static final int PHOTO_DECODERS = 2;

    private HouseSafe() {
    }

    /** The services of one app, wired once; also used by the command line. */
    public record Services(Database db, BuildingService buildings, BuildingWrites writes, PhotoService photos,
                           AdminUnitStore units, StatsStore stats, AccountStore accounts, SecurityAudit audit,
                           Sessions sessions, Tokens tokens, Users users, org.housesafe.tile.TileService tiles) {
        public static Services of(Config config, Database db, Clock clock) {
            AdminUnitStore units = new AdminUnitStore(db);
            FootprintReader footprints = new FootprintReader(config.extent(), config.limits().maxVertices());
            BuildingService buildings = new BuildingService(new BuildingStore(db), units, footprints, clock);
            AccountStore accounts = new AccountStore(db);
            SecurityAudit audit = new SecurityAudit(accounts, clock);
            Config.Security sec = config.security();
            Sessions sessions = new Sessions(accounts, audit, clock, sec.sessionIdle(), sec.sessionAbsolute());
            Users users = new Users(accounts, sessions, clock,
                    () -> units.names(AdminUnit.Level.STREET, Scope.ALL).keySet());
            PhotoStore photoStore = new PhotoStore(db,
                    new org.housesafe.photo.EvidenceCheck(config.photoMaxDistanceMeters()));
            var tiles = org.housesafe.tile.TileService.of(db, config.tileCacheMb() * 1024L * 1024);
            BuildingWrites writes = BuildingWrites.of(buildings, db, photoStore::attach, config.deadlines(), clock,
                    tiles::footprintsWritten);
            PhotoService photos = new PhotoService(photoStore, buildings,
                    new PhotoIntake(config.deadlines().zone(), clock, PHOTO_DECODERS), clock);
            return new Services(db, buildings, writes, photos, units, new StatsStore(db), accounts, audit, sessions,
                    new Tokens(accounts, audit, clock), users, tiles);
        }
    }

    public static Javalin create(Config config, Services s) {
        Config.Limits limits = config.limits();
        ClientInfo client = new ClientInfo(config.security().trustedProxies(), config.security().secureCookies());
        SessionCookie cookie = new SessionCookie(client, config.security().sessionAbsolute());
        SecurityHeaders headers = new SecurityHeaders(tileHosts(config), client);
        AccessControl access = new AccessControl(s.sessions(), s.tokens(), s.accounts(), s.audit(), client, cookie);
        JsonBody body = new JsonBody(limits.maxBodyBytes(), limits.maxJsonDepth());
        org.housesafe.platform.web.AppFiles appFiles = org.housesafe.platform.web.AppFiles.fromClasspath();
        Javalin app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jsonMapper(new io.javalin.json.JavalinJackson(jsonMapper(), false));
            javalin.http.maxRequestSize = limits.maxBodyBytes();
            javalin.http.prefer405over404 = true;
            // What Jetty refuses before the app runs (bad URIs, 414, 431) answers like the app does.
            org.housesafe.platform.web.ServerErrors serverErrors = new org.housesafe.platform.web.ServerErrors(headers);
            javalin.jetty.modifyServer(server -> server.setErrorHandler(serverErrors));
            javalin.jetty.modifyServletContextHandler(handler -> handler.addFilter(
                    org.housesafe.platform.web.MethodOverrideFilter.class, "/*",
                    java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            // Webjar URLs name their version: a browser may keep them for a year without asking again.
            publicFiles(javalin, "/webjars", "META-INF/resources/webjars",
                    java.util.Map.of("Cache-Control", "public, max-age=31536000, immutable"));
            publicFiles(javalin, "/", "/web", java.util.Map.of("Cache-Control", "no-cache"));
            appFiles.register(javalin, headers);
            ErrorMapping.install(javalin);
            javalin.routes.before(headers::apply);
            javalin.routes.before(org.housesafe.platform.web.PercentEncoding::check);
            javalin.routes.beforeMatched(access::check);
            new ServiceRoutes(s.db(), config).register(javalin);
            new AccountRoutes(s.sessions(), s.users(), s.tokens(), access, cookie, client, s.audit(), body)
                    .register(javalin);
            new UserRoutes(s.users(), s.tokens(), s.accounts(), s.audit(), client, body).register(javalin);
            new AuditRoutes(new AuditVerifier(s.db())).register(javalin);
            new BuildingRoutes(s.buildings(), new BuildingQueryParser(config), s.writes(), body).register(javalin);
            new EventRoutes(s.writes().events(), body).register(javalin);
            new org.housesafe.ogc.OgcItemWrites(s.writes(), body).register(javalin);
            new org.housesafe.building.HouseCodeRoutes(new org.housesafe.building.HouseCodes(s.db(), s.units()),
                    config.extent()).register(javalin);
            new PhotoRoutes(s.photos()).register(javalin);
            new AdminUnitRoutes(s.units()).register(javalin);
            new org.housesafe.tile.TileRoutes(s.tiles(), new BuildingQueryParser(config), s.buildings()::today,
                    config.extent(), client).register(javalin);
            // recorded_at is the system clock's (BuildingStore): the feed's cursors must be too.
            new org.housesafe.change.ChangeRoutes(new org.housesafe.change.ChangeFeed(s.db(), Clock.systemUTC()))
                    .register(javalin);
            new StatsRoutes(new org.housesafe.stats.StatsService(s.stats(), new org.housesafe.stats.HistoryStore(s.db()),
                    s.units(), config.deadlines()), new BuildingQueryParser(config), s.buildings()::today).register(javalin);
            new org.housesafe.export.ExportRoutes(s.db(), s.buildings(), s.units(), new BuildingQueryParser(config))
                    .register(javalin);
            new org.housesafe.ogc.OgcRoutes(s.db(), s.buildings(), s.units(), config.extent(), limits.maxPageSize(),
                    client).register(javalin);
            new org.housesafe.importer.ImportRoutes(org.housesafe.importer.BulkImport.of(s), limits.maxImportBytes())
                    .register(javalin);
            new org.housesafe.ogc.OpenApiRoutes(org.housesafe.ogc.OpenApiDocument.load()).register(javalin);
        });
        org.housesafe.platform.web.HeadRoutes.mirrorGets(app);
        return app;
    }

    /** JSON answers write times as ISO-8601 text (UTC instants), never as numbers. */
    private static com.fasterxml.jackson.databind.ObjectMapper jsonMapper() {
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Static files anyone may load (the app's pages and libraries; the data behind them is guarded). */
    private static void publicFiles(io.javalin.config.JavalinConfig javalin, String hostedPath, String directory,
                                    java.util.Map<String, String> headers) {
        javalin.staticFiles.add(files -> {
            files.hostedPath = hostedPath;
            files.directory = directory;
            files.location = Location.CLASSPATH;
            files.headers = headers;
            // The service worker is served by AppFiles, with its version and file list filled in.
            files.skipFileFunction = request -> org.housesafe.platform.web.AppFiles.isWorker(request.getRequestURI());
            files.mimeTypes.add("application/manifest+json", "webmanifest");
            files.roles = java.util.Set.of(org.housesafe.platform.web.Access.PUBLIC);
        });
    }

    /** Image sources the map may load tiles from, for the Content Security Policy. */
    private static List<String> tileHosts(Config config) {
        List<String> hosts = new ArrayList<>(List.of("https://tile.openstreetmap.org"));
        if (config.tiandituKey() != null) {
            hosts.add("https://*.tianditu.gov.cn");
        }
        return hosts;
    }
}
