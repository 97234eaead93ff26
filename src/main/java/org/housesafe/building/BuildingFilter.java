package org.housesafe.building;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.housesafe.account.Scope;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Status;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Which buildings a list, the map, statistics or an export ask for. Empty sets and {@code null}
 * mean "no condition", except {@code scope}: the caller's streets, always applied in the query
 * itself. Built by {@link BuildingQueryParser}, which has already refused bad values; turned into
 * SQL by {@link BuildingFilters#where}.
 *
 * @param hazardTypes survey hazard type codes: a building matches when it has any of them
 * @param lastEvent   the dates its last event (the head of its history) must fall between
 * @param within      a drawn area (valid polygon in the service extent) its footprint must touch
 * @param condition   a further condition (e.g. an OGC API CQL2 filter), or {@code null}
 */
public record BuildingFilter(Scope scope, Envelope bbox, Set<String> streets, Set<String> communities, Set<Status> statuses,
                             Set<Judgement> judgements, Set<Grade> grades, Set<String> uses, String text,
                             Overdue overdue, Set<String> hazardTypes, DateRange lastEvent, Geometry within,
                             BuildingCondition condition) {

    /** The common filter model's fields, with no further condition. */
    public BuildingFilter(Scope scope, Envelope bbox, Set<String> streets, Set<String> communities, Set<Status> statuses,
                          Set<Judgement> judgements, Set<Grade> grades, Set<String> uses, String text,
                          Overdue overdue, Set<String> hazardTypes, DateRange lastEvent, Geometry within) {
        this(scope, bbox, streets, communities, statuses, judgements, grades, uses, text, overdue, hazardTypes,
                lastEvent, within, null);
    }

    /** Whether the deadline has passed, as of {@code today} (the service's zone). */
    public record Overdue(boolean wanted, LocalDate today) {
    }

    /**
     * Whole days {@code from}–{@code to}, both inclusive, in {@code zone} (Asia/Shanghai by
     * default); either end may be open ({@code null}).
     */
    public record DateRange(LocalDate from, LocalDate to, ZoneId zone) {

        /** The first instant of the range, or {@code null} when open. */
        public Instant start() {
            return from == null ? null : from.atStartOfDay(zone).toInstant();
        }

        /** The first instant after the range, or {@code null} when open. */
        public Instant end() {
            return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        }

        public boolean contains(Instant t) {
            return (from == null || !t.isBefore(start())) && (to == null || t.isBefore(end()));
        }
    }

    public static final BuildingFilter ALL = new BuildingFilter(Scope.ALL, null, Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), null, null, Set.of(), null, null);

    /**
     * This filter without the conditions on a building's lifecycle (status, judgement, grade,
     * overdue, last event): for questions about the past, which replay the history and apply those
     * to the state it gives ({@code org.housesafe.stats}).
     */
    public BuildingFilter withoutLifecycle() {
        return new BuildingFilter(scope, bbox, streets, communities, Set.of(), Set.of(), Set.of(), uses, text, null,
                hazardTypes, null, within, condition);
    }

    /** This filter without the last-event dates: where {@code from}/{@code to} name a reporting period instead. */
    public BuildingFilter withoutLastEvent() {
        return new BuildingFilter(scope, bbox, streets, communities, statuses, judgements, grades, uses, text, overdue,
                hazardTypes, null, within, condition);
    }

    /** This filter with {@code more} as its further condition. */
    public BuildingFilter withCondition(BuildingCondition more) {
        return new BuildingFilter(scope, bbox, streets, communities, statuses, judgements, grades, uses, text, overdue,
                hazardTypes, lastEvent, within, more);
    }
}
