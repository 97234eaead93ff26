package org.housesafe.ogc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.housesafe.building.BuildingCondition;
import org.housesafe.platform.db.SpatialDialect;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.web.ApiException;

/**
 * The {@code datetime} parameter of OGC API Features Part 1 on a building's temporal property,
 * the time of its last event ({@code b.updated_at}, kept with the building's row so the condition
 * needs no join): an instant ({@code 2024-05-01T08:00:00Z}), or an interval {@code start/end}
 * whose ends are included and either of which may be open ({@code ..} or empty). Times are
 * RFC 3339 date-times with an offset.
 *
 * @param start the earliest time, or {@code null} when open
 * @param end   the latest time, or {@code null} when open
 */
record Datetime(Instant start, Instant end) implements BuildingCondition {
    private static final String COLUMN = "b.updated_at";

    /** The condition, or {@code null} for no value or the all-open {@code ../..}. */
    static Datetime parse(String value) {
        if (value == null) {
            return null;
        }
        String[] ends = value.split("/", -1);
        if (ends.length > 2) {
            throw bad("an instant or one interval start/end");
        }
        if (ends.length == 1) {
            Instant t = instant(ends[0]);
            if (t == null) {
                throw bad("an instant, not an open end");
            }
            return new Datetime(t, t);
        }
        Instant start = instant(ends[0]);
        Instant end = instant(ends[1]);
        if (start != null && end != null && start.isAfter(end)) {
            throw bad("an interval whose start is not after its end");
        }
        return start == null && end == null ? null : new Datetime(start, end);
    }

    private static Instant instant(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.equals("..")) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw bad("RFC 3339 date-times with an offset, e.g. 2024-05-01T08:00:00Z; '"
                    + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "' is not one");
        }
    }

    private static ApiException bad(String what) {
        return ApiException.badParameter("datetime", "must be " + what);
    }

    @Override
    public void appendTo(Sql sql, SpatialDialect dialect) {
        if (start != null && start.equals(end)) {
            sql.append(COLUMN + " = ?", start);
        } else if (start != null && end != null) {
            sql.append(COLUMN + " >= ? AND " + COLUMN + " <= ?", start, end);
        } else if (start != null) {
            sql.append(COLUMN + " >= ?", start);
        } else {
            sql.append(COLUMN + " <= ?", end);
        }
    }
}
