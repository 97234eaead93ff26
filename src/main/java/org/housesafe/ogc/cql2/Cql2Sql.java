package org.housesafe.ogc.cql2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.housesafe.building.BuildingCondition;
import org.housesafe.ogc.cql2.Operand.Kind;

/**
 * Turns a parsed filter into one SQL boolean expression over the building table {@code b}. All
 * checks run here, before any SQL is written: properties must be queryables, operands of one
 * predicate must have compatible types, enumerated properties take only their codes. The result
 * writes constant columns and {@code ?} only; every value is bound. The SQL is the same on
 * PostGIS and H2GIS apart from the spatial index test the dialect adds.
 */
final class Cql2Sql {
    /** CQL2's spatial functions and their SQL names, spelled alike in PostGIS and H2GIS. */
    static final Map<String, String> SPATIAL = Map.of("s_intersects", "ST_Intersects", "s_equals", "ST_Equals",
            "s_disjoint", "ST_Disjoint", "s_touches", "ST_Touches", "s_within", "ST_Within",
            "s_overlaps", "ST_Overlaps", "s_crosses", "ST_Crosses", "s_contains", "ST_Contains");
    private static final String FOOTPRINT = "b.footprint";

    private Cql2Sql() {
    }

    static BuildingCondition condition(Expr e) {
        if (e instanceof Expr.And and) {
            return joined(and.args(), " AND ");
        }
        if (e instanceof Expr.Or or) {
            return joined(or.args(), " OR ");
        }
        if (e instanceof Expr.Not not) {
            BuildingCondition inner = condition(not.arg());
            return (sql, d) -> {
                sql.append("NOT (");
                inner.appendTo(sql, d);
                sql.append(")");
            };
        }
        if (e instanceof Expr.Bool b) {
            String constant = b.value() ? "1=1" : "1=0";
            return (sql, d) -> sql.append(constant);
        }
        if (e instanceof Expr.Compare c) {
            return compare(c);
        }
        if (e instanceof Expr.Like like) {
            Operand value = Operand.of(like.value());
            Operand pattern = Operand.of(like.pattern());
            require(value, Kind.STRING, "LIKE");
            require(pattern, Kind.STRING, "LIKE");
            return (sql, d) -> {
                value.appendTo(sql);
                sql.append(" LIKE ");
                pattern.appendTo(sql);
                sql.append(" ESCAPE '\\'");
            };
        }
        if (e instanceof Expr.In in) {
            return in(in);
        }
        if (e instanceof Expr.Between between) {
            return between(between);
        }
        if (e instanceof Expr.IsNull isNull) {
            Operand value = Operand.of(isNull.value());
            return (sql, d) -> {
                value.appendTo(sql);
                sql.append(" IS NULL");
            };
        }
        if (e instanceof Expr.Spatial s) {
            return spatial(s);
        }
        if (e instanceof Expr.Temporal t) {
            return TemporalSql.relation(t);
        }
        throw Cql2.error("expected a predicate but found a single value");
    }

    private static BuildingCondition joined(List<Expr> args, String operator) {
        List<BuildingCondition> parts = new ArrayList<>();
        args.forEach(a -> parts.add(condition(a)));
        return (sql, d) -> {
            sql.append("(");
            for (int i = 0; i < parts.size(); i++) {
                sql.append(i == 0 ? "" : operator);
                parts.get(i).appendTo(sql, d);
            }
            sql.append(")");
        };
    }

    private static BuildingCondition compare(Expr.Compare c) {
        Operand left = Operand.of(c.left());
        Operand right = Operand.of(c.right());
        if (left.kind() == Kind.GEOMETRY || right.kind() == Kind.GEOMETRY) {
            throw Cql2.error("geometries are compared with the spatial functions (S_EQUALS …), not with " + c.op());
        }
        sameKind(left, right, c.op());
        return (sql, d) -> {
            left.appendTo(sql);
            sql.append(" " + c.op() + " ");
            right.appendTo(sql);
        };
    }

    private static BuildingCondition in(Expr.In in) {
        Operand value = Operand.of(in.value());
        if (value.kind() == Kind.GEOMETRY) {
            throw Cql2.error("IN does not take geometries");
        }
        List<Operand> list = new ArrayList<>();
        for (Expr item : in.list()) {
            Operand o = Operand.of(item);
            sameKind(value, o, "IN");
            list.add(o);
        }
        return (sql, d) -> {
            value.appendTo(sql);
            sql.append(" IN (");
            for (int i = 0; i < list.size(); i++) {
                sql.append(i == 0 ? "" : ", ");
                list.get(i).appendTo(sql);
            }
            sql.append(")");
        };
    }

    private static BuildingCondition between(Expr.Between between) {
        Operand value = Operand.of(between.value());
        Operand low = Operand.of(between.low());
        Operand high = Operand.of(between.high());
        for (Operand o : List.of(value, low, high)) {
            require(o, Kind.NUMBER, "BETWEEN");
        }
        return (sql, d) -> {
            value.appendTo(sql);
            sql.append(" BETWEEN ");
            low.appendTo(sql);
            sql.append(" AND ");
            high.appendTo(sql);
        };
    }

    private static BuildingCondition spatial(Expr.Spatial s) {
        Operand left = Operand.of(s.left());
        Operand right = Operand.of(s.right());
        String name = s.op().toUpperCase(java.util.Locale.ROOT);
        require(left, Kind.GEOMETRY, name);
        require(right, Kind.GEOMETRY, name);
        String function = SPATIAL.get(s.op());
        // Every spatial function but S_DISJOINT needs the footprint's box to meet the literal's:
        // saying so lets the spatial index pick the candidates.
        Operand literal = left.geometry() != null ? left : right;
        Operand property = left.geometry() != null ? right : left;
        boolean indexed = !s.op().equals("s_disjoint") && literal.geometry() != null && property.property() != null
                && FOOTPRINT.equals(property.property().column());
        return (sql, d) -> {
            sql.append(indexed ? "(" + function + "(" : function + "(");
            left.appendTo(sql);
            sql.append(", ");
            right.appendTo(sql);
            sql.append(")");
            if (indexed) {
                d.footprintMeets(sql, literal.geometry().getEnvelopeInternal());
                sql.append(")");
            }
        };
    }

    /** Refuses operands of different kinds, and codes an enumerated property does not have. */
    static void sameKind(Operand a, Operand b, String operator) {
        if (a.kind() != b.kind()) {
            throw Cql2.error(operator + " cannot compare " + a.describe() + " with " + b.describe());
        }
        knownCode(a, b);
        knownCode(b, a);
    }

    private static void knownCode(Operand property, Operand literal) {
        if (property.property() == null || property.property().values().isEmpty() || literal.property() != null) {
            return;
        }
        Object code = literal.value();
        if (!property.property().values().contains(code)) {
            throw Cql2.error("'" + Literals.shorten(String.valueOf(code)) + "' is not a value of property '"
                    + property.property().name() + "' (allowed: " + String.join(", ", property.property().values()) + ")");
        }
    }

    static void require(Operand o, Kind kind, String operator) {
        if (o.kind() != kind) {
            throw Cql2.error(operator + " needs " + kind.article() + ", not " + o.describe());
        }
    }
}
