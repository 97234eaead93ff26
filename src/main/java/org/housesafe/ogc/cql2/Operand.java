package org.housesafe.ogc.cql2;

import java.util.List;
import java.util.Locale;
import org.housesafe.ogc.Queryables;
import org.housesafe.ogc.Queryables.Queryable;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.geo.Wkb;
import org.locationtech.jts.geom.Geometry;

/**
 * A property or a literal resolved for SQL: its kind (for type checks) and how it is written — a
 * queryable's constant column, or a bound value. Never the request's text.
 *
 * @param property the queryable, or {@code null} for a literal
 * @param value    the literal's value (a JTS geometry for a geometry), or {@code null} for a property
 */
record Operand(Kind kind, Queryable property, Object value) {

    enum Kind {
        STRING, NUMBER, BOOLEAN, DATE, TIMESTAMP, GEOMETRY;

        String article() {
            return "a " + name().toLowerCase(Locale.ROOT);
        }
    }

    static Operand of(Expr e) {
        if (e instanceof Expr.Property p) {
            Queryable q = Queryables.building(p.name()).orElseThrow(() -> Cql2.error("unknown property '"
                    + Literals.shorten(p.name()) + "' (queryables: " + String.join(", ", names()) + ")"));
            return new Operand(kind(q.type()), q, null);
        }
        if (e instanceof Expr.Text t) {
            return new Operand(Kind.STRING, null, t.value());
        }
        if (e instanceof Expr.Number n) {
            return new Operand(Kind.NUMBER, null, n.value());
        }
        if (e instanceof Expr.Bool b) {
            return new Operand(Kind.BOOLEAN, null, b.value());
        }
        if (e instanceof Expr.DateValue d) {
            return new Operand(Kind.DATE, null, d.value());
        }
        if (e instanceof Expr.TimestampValue t) {
            return new Operand(Kind.TIMESTAMP, null, t.value());
        }
        if (e instanceof Expr.GeometryValue g) {
            return new Operand(Kind.GEOMETRY, null, g.value());
        }
        if (e instanceof Expr.Interval || e instanceof Expr.Open) {
            throw Cql2.error("an interval can only be an argument of a temporal function (T_…)");
        }
        throw Cql2.error("a predicate cannot be an operand");
    }

    /** Appends the constant column, or {@code ?} with the value bound (a geometry as WKB). */
    void appendTo(Sql sql) {
        if (property != null) {
            sql.append(property.column());
        } else if (value instanceof Geometry g) {
            sql.append("ST_GeomFromWKB(?, 4326)", Wkb.write(g));
        } else {
            sql.append("?", value);
        }
    }

    /** The geometry of a geometry literal, else {@code null}. */
    Geometry geometry() {
        return value instanceof Geometry g ? g : null;
    }

    private static Kind kind(Queryables.Type type) {
        return switch (type) {
            case STRING -> Kind.STRING;
            case INTEGER, NUMBER -> Kind.NUMBER;
            case BOOLEAN -> Kind.BOOLEAN;
            case DATE -> Kind.DATE;
            case TIMESTAMP -> Kind.TIMESTAMP;
            case GEOMETRY -> Kind.GEOMETRY;
        };
    }

    private static List<String> names() {
        return Queryables.BUILDINGS.stream().map(Queryable::name).toList();
    }

    /** For messages: {@code property 'status' (a string)} or {@code a number}. */
    String describe() {
        return property == null ? kind.article() : "property '" + property.name() + "' (" + kind.article() + ")";
    }
}
