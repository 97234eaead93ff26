package org.housesafe;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import org.housesafe.adminunit.AdminUnitRoutes;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.building.BuildingQueryParser;
import org.housesafe.building.BuildingRoutes;
import org.housesafe.building.BuildingService;
import org.housesafe.building.BuildingStore;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.geo.FootprintReader;
import org.housesafe.platform.web.ErrorMapping;
import org.housesafe.platform.web.JsonBody;
import org.housesafe.platform.web.ServiceRoutes;
import org.housesafe.stats.StatsRoutes;
import org.housesafe.stats.StatsStore;

/**
 * Builds the web application from its dependencies: a configuration and an open database.
 * Nothing here is static, so tests build as many apps as they like, each on its own database.
 */
public final class HouseSafe {

    private HouseSafe() {
    }

    /** The services of one app, wired once; also used by the command line (demo loading). */
    public record Services(Database db, BuildingService buildings, AdminUnitStore units, StatsStore stats) {
        public static Services of(Config config, Database db, Clock clock) {
            AdminUnitStore units = new AdminUnitStore(db);
            FootprintReader footprints = new FootprintReader(config.extent(), config.limits().maxVertices());
            BuildingService buildings = new BuildingService(new BuildingStore(db), units, footprints, clock);
            return new Services(db, buildings, units, new StatsStore(db));
        }
    }

    public static Javalin create(Config config, Services s) {
        Config.Limits limits = config.limits();
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.http.maxRequestSize = limits.maxBodyBytes();
            javalin.http.prefer405over404 = true;
            javalin.staticFiles.enableWebjars();
            javalin.staticFiles.add("/web", Location.CLASSPATH);
            ErrorMapping.install(javalin);
            new ServiceRoutes(s.db(), config).register(javalin);
            new BuildingRoutes(s.buildings(), new BuildingQueryParser(limits),
                    new JsonBody(limits.maxBodyBytes(), limits.maxJsonDepth())).register(javalin);
            new AdminUnitRoutes(s.units()).register(javalin);
            new StatsRoutes(s.stats(), s.units()).register(javalin);
        });
    }
}
