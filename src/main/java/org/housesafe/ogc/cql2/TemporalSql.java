package org.housesafe.ogc.cql2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.housesafe.building.BuildingCondition;
import org.housesafe.ogc.cql2.Operand.Kind;

/**
 * CQL2's temporal functions as comparisons of end points. Each argument is an interval
 * {@code [start, end]}: a date or timestamp property or literal is the interval {@code [t, t]};
 * an open end ({@code '..'}) is −∞ or +∞, and comparisons with it are decided here, not in SQL.
 * The relations follow the CQL2 standard's table of temporal functions (Allen's relations).
 */
final class TemporalSql {
    private static final int A_START = 0;
    private static final int A_END = 1;
    private static final int B_START = 2;
    private static final int B_END = 3;

    /** One end point comparison: {@code point[left] op point[right]}. */
    private record Step(int left, String op, int right) {
    }

    /** Each function: steps joined by AND (by OR for {@code t_disjoint}). */
    static final Map<String, List<Step>> RELATIONS = Map.ofEntries(
            Map.entry("t_after", List.of(new Step(A_START, ">", B_END))),
            Map.entry("t_before", List.of(new Step(A_END, "<", B_START))),
            Map.entry("t_contains", List.of(new Step(A_START, "<", B_START), new Step(A_END, ">", B_END))),
            Map.entry("t_disjoint", List.of(new Step(A_END, "<", B_START), new Step(A_START, ">", B_END))),
            Map.entry("t_during", List.of(new Step(A_START, ">", B_START), new Step(A_END, "<", B_END))),
            Map.entry("t_equals", List.of(new Step(A_START, "=", B_START), new Step(A_END, "=", B_END))),
            Map.entry("t_finishedby", List.of(new Step(A_START, "<", B_START), new Step(A_END, "=", B_END))),
            Map.entry("t_finishes", List.of(new Step(A_START, ">", B_START), new Step(A_END, "=", B_END))),
            Map.entry("t_intersects", List.of(new Step(A_START, "<=", B_END), new Step(A_END, ">=", B_START))),
            Map.entry("t_meets", List.of(new Step(A_END, "=", B_START))),
            Map.entry("t_metby", List.of(new Step(A_START, "=", B_END))),
            Map.entry("t_overlappedby", List.of(new Step(A_START, ">", B_START), new Step(A_START, "<", B_END),
                    new Step(A_END, ">", B_END))),
            Map.entry("t_overlaps", List.of(new Step(A_START, "<", B_START), new Step(A_END, ">", B_START),
                    new Step(A_END, "<", B_END))),
            Map.entry("t_startedby", List.of(new Step(A_START, "=", B_START), new Step(A_END, ">", B_END))),
            Map.entry("t_starts", List.of(new Step(A_START, "=", B_START), new Step(A_END, "<", B_END))));

    private TemporalSql() {
    }

    static BuildingCondition relation(Expr.Temporal t) {
        String name = t.op().toUpperCase(Locale.ROOT);
        Operand[] points = new Operand[4];
        endPoints(t.left(), points, A_START, name);
        endPoints(t.right(), points, B_START, name);
        Operand first = null;
        for (Operand p : points) {
            if (p != null && first == null) {
                first = p;
            } else if (p != null) {
                Cql2Sql.sameKind(first, p, name);
            }
        }
        boolean any = t.op().equals("t_disjoint");
        List<Step> open = new ArrayList<>();
        for (Step s : RELATIONS.get(t.op())) {
            if (points[s.left()] != null && points[s.right()] != null) {
                open.add(s);
            } else if (decided(s, points) == any) {
                // One step settles the whole: true in an OR, false in an AND.
                return constant(any);
            }
        }
        if (open.isEmpty()) {
            return constant(!any);
        }
        String joiner = any ? " OR " : " AND ";
        return (sql, d) -> {
            sql.append("(");
            for (int i = 0; i < open.size(); i++) {
                Step s = open.get(i);
                sql.append(i == 0 ? "" : joiner);
                points[s.left()].appendTo(sql);
                sql.append(" " + s.op() + " ");
                points[s.right()].appendTo(sql);
            }
            sql.append(")");
        };
    }

    /** Fills {@code points[start]} and {@code points[start + 1]}; {@code null} stands for an open end. */
    private static void endPoints(Expr e, Operand[] points, int start, String name) {
        if (e instanceof Expr.Interval interval) {
            points[start] = interval.start() instanceof Expr.Open ? null : instant(interval.start(), name);
            points[start + 1] = interval.end() instanceof Expr.Open ? null : instant(interval.end(), name);
        } else {
            points[start] = instant(e, name);
            points[start + 1] = points[start];
        }
    }

    private static Operand instant(Expr e, String name) {
        Operand o = Operand.of(e);
        if (o.kind() != Kind.DATE && o.kind() != Kind.TIMESTAMP) {
            throw Cql2.error(name + " needs dates or timestamps, not " + o.describe());
        }
        return o;
    }

    /**
     * The truth of a step with an open end: an open start is −∞, an open end +∞, and any
     * bounded point lies strictly between them.
     */
    private static boolean decided(Step s, Operand[] points) {
        int left = infinity(s.left(), points);
        int right = infinity(s.right(), points);
        return switch (s.op()) {
            case "<" -> left < right;
            case "<=" -> left <= right;
            case ">" -> left > right;
            case ">=" -> left >= right;
            default -> left == right;
        };
    }

    /** −1 for an open start, +1 for an open end, 0 for a bounded point. */
    private static int infinity(int point, Operand[] points) {
        if (points[point] != null) {
            return 0;
        }
        return point == A_START || point == B_START ? -1 : 1;
    }

    private static BuildingCondition constant(boolean value) {
        return Cql2Sql.condition(new Expr.Bool(value));
    }
}
