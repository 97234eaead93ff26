package org.housesafe.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.housesafe.account.Scope;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.building.BuildingFilter;
import org.housesafe.lifecycle.DeadlineRules;
import org.housesafe.lifecycle.Projection;

/**
 * Statistics of the buildings a {@link BuildingFilter} selects. The present comes from the
 * precomputed columns of the building table (one GROUP BY); the past, progress and reports from
 * the histories, replayed building by building ({@link Replay}). No spatial join at query time:
 * a drawn polygon is the one spatial condition.
 */
public final class StatsService {
    private final StatsStore store;
    private final HistoryStore histories;
    private final AdminUnitStore units;
    private final DeadlineRules rules;
    private final Replay replay;

    public StatsService(StatsStore store, HistoryStore histories, AdminUnitStore units, DeadlineRules rules) {
        this.store = store;
        this.histories = histories;
        this.units = units;
        this.rules = rules;
        this.replay = new Replay(rules);
    }

    /** Per street or community, for {@code /api/stats/summary}. */
    SummaryStats summary(AdminUnit.Level level, Scope scope) {
        return store.summary(level, units.names(level, scope), scope);
    }

    /**
     * Counts and area sums by {@code groupBy}, now or at the end of {@code asOf} in the service's
     * zone. For {@code asOf}, status, judgement, grade, overdue and the last event are those the
     * history gives at that moment; the other attributes are today's.
     */
    Breakdown breakdown(BuildingFilter filter, List<GroupBy> groupBy, LocalDate asOf) {
        Breakdown.Builder out = new Breakdown.Builder(groupBy, unitNames(groupBy, filter.scope()));
        if (asOf == null) {
            store.breakdown(filter, groupBy, out);
            return out.build(null);
        }
        Instant cutoff = asOf.plusDays(1).atStartOfDay(rules.zone()).toInstant();
        histories.stream(filter.withoutLifecycle(), cutoff, h -> {
            Timeline t = replay.of(h);
            if (matchesLifecycle(filter, t.state(), t.lastEventAt(), asOf)) {
                String[] values = groupBy.stream().map(g -> g.valueOf(t)).toArray(String[]::new);
                out.add(values, 1, t.facts().footprintArea(), t.facts().floorAreaOrZero());
            }
        });
        return out.build(asOf);
    }

    /**
     * Milestones per period. The filter's {@code from}/{@code to} bound the days counted rather
     * than select buildings by their last event.
     */
    Progress progress(BuildingFilter filter, Interval interval) {
        BuildingFilter.DateRange range = filter.lastEvent();
        Progress.Builder out = new Progress.Builder(interval, range, rules.zone());
        histories.stream(filter.withoutLastEvent(), range == null ? null : range.end(), h -> out.add(replay.of(h)));
        return out.build();
    }

    /** The report's figures; {@code from}/{@code to} name its period, as for {@link #progress}. */
    Report report(BuildingFilter filter, LocalDate today) {
        BuildingFilter.DateRange period = filter.lastEvent();
        LocalDate overdueOn = period == null || period.to() == null ? today : period.to();
        Report.Builder out = new Report.Builder(period, overdueOn);
        histories.stream(filter.withoutLastEvent(), period == null ? null : period.end(), h -> out.add(replay.of(h)));
        return out.build();
    }

    /** The lifecycle conditions of {@code f} on a replayed state, as of the end of {@code day}. */
    private static boolean matchesLifecycle(BuildingFilter f, Projection.State s, Instant lastEventAt, LocalDate day) {
        boolean late = s.overdueOn(day);
        return (f.statuses().isEmpty() || f.statuses().contains(s.status()))
                && (f.judgements().isEmpty() || f.judgements().contains(s.judgement()))
                && (f.grades().isEmpty() || f.grades().contains(s.grade()))
                && (f.overdue() == null || f.overdue().wanted() == late)
                && (f.lastEvent() == null || f.lastEvent().contains(lastEventAt));
    }

    private Map<String, Map<String, String>> unitNames(List<GroupBy> groupBy, Scope scope) {
        Map<String, Map<String, String>> names = new HashMap<>();
        if (groupBy.contains(GroupBy.STREET)) {
            names.put(GroupBy.STREET.code(), units.names(AdminUnit.Level.STREET, scope));
        }
        if (groupBy.contains(GroupBy.COMMUNITY)) {
            names.put(GroupBy.COMMUNITY.code(), units.names(AdminUnit.Level.COMMUNITY, scope));
        }
        return names;
    }
}
