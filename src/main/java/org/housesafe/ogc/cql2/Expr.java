package org.housesafe.ogc.cql2;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A parsed CQL2 filter, the same whichever encoding (text or JSON) it came in. Negated forms
 * ({@code NOT LIKE}, {@code NOT IN}, {@code NOT BETWEEN}, {@code IS NOT NULL}) are {@link Not}
 * around the positive one. Nothing here touches SQL: {@link Cql2Sql} checks names and types.
 */
sealed interface Expr {

    record And(List<Expr> args) implements Expr {
    }

    record Or(List<Expr> args) implements Expr {
    }

    record Not(Expr arg) implements Expr {
    }

    /** @param op one of {@code = <> < > <= >=} */
    record Compare(String op, Expr left, Expr right) implements Expr {
    }

    record Like(Expr value, Expr pattern) implements Expr {
    }

    record In(Expr value, List<Expr> list) implements Expr {
    }

    record Between(Expr value, Expr low, Expr high) implements Expr {
    }

    record IsNull(Expr value) implements Expr {
    }

    /** @param op a spatial function's name in lower case, e.g. {@code s_intersects} */
    record Spatial(String op, Expr left, Expr right) implements Expr {
    }

    /** @param op a temporal function's name in lower case, e.g. {@code t_after} */
    record Temporal(String op, Expr left, Expr right) implements Expr {
    }

    /** A queryable, by its case-sensitive name. */
    record Property(String name) implements Expr {
    }

    record Text(String value) implements Expr {
    }

    record Number(BigDecimal value) implements Expr {
    }

    record Bool(boolean value) implements Expr {
    }

    record DateValue(LocalDate value) implements Expr {
    }

    record TimestampValue(Instant value) implements Expr {
    }

    /** @param start an instant, a property or {@link Open}; so is {@code end} */
    record Interval(Expr start, Expr end) implements Expr {
    }

    /** The open end {@code '..'} of an interval. */
    record Open() implements Expr {
    }

    /** A geometry literal, already in lon/lat and checked valid. */
    record GeometryValue(Geometry value) implements Expr {
    }
}
