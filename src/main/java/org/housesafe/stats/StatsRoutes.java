package org.housesafe.stats;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.housesafe.account.AccessControl;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.adminunit.Levels;

/** {@code GET /api/stats/summary?groupBy=street|community}. */
public final class StatsRoutes {
    private final StatsStore stats;
    private final AdminUnitStore units;

    public StatsRoutes(StatsStore stats, AdminUnitStore units) {
        this.stats = stats;
        this.units = units;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/stats/summary", this::summary, Role.ANY);
    }

    private void summary(Context ctx) {
        AdminUnit.Level level = Levels.parse(ctx.queryParam("groupBy"), "groupBy", AdminUnit.Level.STREET);
        Scope scope = AccessControl.caller(ctx).scope();
        ctx.json(stats.summary(level, units.names(level, scope), scope));
    }
}
