package org.housesafe.stats;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.housesafe.account.AccessControl;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.adminunit.Levels;
import org.housesafe.building.BuildingFilter;
import org.housesafe.building.BuildingQueryParser;

/**
 * {@code GET /api/stats} (counts and areas by up to two groupings, now or {@code asOf} a day),
 * {@code /api/stats/progress}, {@code /api/stats/report} and {@code /api/stats/summary}; all take
 * the building filter and hold only the caller's streets.
 */
public final class StatsRoutes {
    private final StatsService stats;
    private final BuildingQueryParser parser;
    private final Supplier<LocalDate> today;

    /** @param today the service's date (Asia/Shanghai), for {@code overdue} */
    public StatsRoutes(StatsService stats, BuildingQueryParser parser, Supplier<LocalDate> today) {
        this.stats = stats;
        this.parser = parser;
        this.today = today;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/stats", this::breakdown, Role.ANY);
        config.routes.get("/api/stats/progress", this::progress, Role.ANY);
        config.routes.get("/api/stats/report", this::report, Role.ANY);
        config.routes.get("/api/stats/summary", this::summary, Role.ANY);
    }

    private void breakdown(Context ctx) {
        BuildingFilter filter = filter(ctx, Set.of("groupBy", "asOf"));
        var groupBy = GroupBy.parse(BuildingQueryParser.single(ctx.queryParamMap(), "groupBy"));
        LocalDate asOf = BuildingQueryParser.date(BuildingQueryParser.single(ctx.queryParamMap(), "asOf"), "asOf");
        ctx.json(stats.breakdown(filter, groupBy, asOf));
    }

    private void progress(Context ctx) {
        BuildingFilter filter = filter(ctx, Set.of("interval"));
        ctx.json(stats.progress(filter, Interval.parse(BuildingQueryParser.single(ctx.queryParamMap(), "interval"))));
    }

    private void report(Context ctx) {
        ctx.json(stats.report(filter(ctx, Set.of()), today.get()));
    }

    private void summary(Context ctx) {
        AdminUnit.Level level = Levels.parse(ctx.queryParam("groupBy"), "groupBy", AdminUnit.Level.STREET);
        Scope scope = AccessControl.caller(ctx).scope();
        ctx.json(stats.summary(level, scope));
    }

    private BuildingFilter filter(Context ctx, Set<String> own) {
        return parser.filter(ctx.queryParamMap(), AccessControl.caller(ctx).scope(), today.get(), own);
    }
}
