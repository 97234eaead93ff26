package org.housesafe.ogc.cql2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.housesafe.ogc.cql2.Cql2Lexer.Kind;
import org.housesafe.ogc.cql2.Cql2Lexer.Token;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * CQL2 text, by recursive descent over the CQL2 BNF: {@code OR} binds looser than {@code AND},
 * which binds looser than {@code NOT}; predicates are comparisons, {@code [NOT] LIKE},
 * {@code [NOT] BETWEEN}, {@code [NOT] IN}, {@code IS [NOT] NULL}, the spatial and temporal
 * functions, and {@code TRUE}/{@code FALSE}. Nesting is counted, so hostile input ends in a 400,
 * never a stack overflow.
 */
final class Cql2TextParser {
    private static final Set<String> RESERVED = Set.of("AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "IS", "NULL",
            "TRUE", "FALSE", "DATE", "TIMESTAMP", "INTERVAL", "POINT", "LINESTRING", "POLYGON", "MULTIPOINT",
            "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION", "BBOX");

    private final List<Token> tokens;
    private final GeometryLiterals geometries;
    private int next;
    private int depth;

    private Cql2TextParser(List<Token> tokens, GeometryLiterals geometries) {
        this.tokens = tokens;
        this.geometries = geometries;
    }

    static Expr parse(String text, GeometryLiterals geometries) {
        Cql2TextParser p = new Cql2TextParser(Cql2Lexer.tokens(text), geometries);
        Expr e = p.or();
        if (p.peek().kind() != Kind.END) {
            throw Cql2.error("unexpected " + p.peek().describe());
        }
        return e;
    }

    private Expr or() {
        return nested(() -> chain("OR", this::and, Expr.Or::new));
    }

    private Expr and() {
        return chain("AND", this::not, Expr.And::new);
    }

    /** {@code operand {keyword operand}}, joined when there is more than one. */
    private Expr chain(String keyword, Supplier<Expr> operand, Function<List<Expr>, Expr> join) {
        List<Expr> args = new ArrayList<>(List.of(operand.get()));
        while (accept(keyword)) {
            args.add(operand.get());
        }
        return args.size() == 1 ? args.get(0) : join.apply(args);
    }

    private Expr not() {
        if (peek().is("NOT")) {
            next++;
            return nested(() -> new Expr.Not(not()));
        }
        return primary();
    }

    private Expr primary() {
        Token t = peek();
        if (t.kind() == Kind.LEFT) {
            next++;
            Expr e = or();
            expect(Kind.RIGHT, "')'");
            return e;
        }
        if (t.kind() == Kind.IDENTIFIER && tokens.get(next + 1).kind() == Kind.LEFT) {
            String name = t.text().toLowerCase(Locale.ROOT);
            if (Cql2Sql.SPATIAL.containsKey(name)) {
                Expr[] args = twoArguments();
                return new Expr.Spatial(name, args[0], args[1]);
            }
            if (TemporalSql.RELATIONS.containsKey(name)) {
                Expr[] args = twoArguments();
                return new Expr.Temporal(name, args[0], args[1]);
            }
        }
        return predicate(scalar());
    }

    private Expr[] twoArguments() {
        next += 2;
        Expr a = scalar();
        expect(Kind.COMMA, "','");
        Expr b = scalar();
        expect(Kind.RIGHT, "')'");
        return new Expr[] {a, b};
    }

    private Expr predicate(Expr left) {
        Token t = peek();
        if (t.kind() == Kind.OPERATOR) {
            next++;
            return new Expr.Compare(t.text(), left, scalar());
        }
        if (t.is("IS")) {
            next++;
            boolean negated = accept("NOT");
            expectKeyword("NULL");
            return negated ? new Expr.Not(new Expr.IsNull(left)) : new Expr.IsNull(left);
        }
        boolean negated = accept("NOT");
        Expr e;
        if (accept("LIKE")) {
            e = new Expr.Like(left, scalar());
        } else if (accept("BETWEEN")) {
            Expr low = scalar();
            expectKeyword("AND");
            e = new Expr.Between(left, low, scalar());
        } else if (accept("IN")) {
            expect(Kind.LEFT, "'('");
            List<Expr> list = new ArrayList<>(List.of(scalar()));
            while (accept(Kind.COMMA)) {
                list.add(scalar());
            }
            expect(Kind.RIGHT, "')'");
            e = new Expr.In(left, list);
        } else if (!negated && left instanceof Expr.Bool) {
            return left;
        } else {
            throw Cql2.error("expected a comparison, LIKE, BETWEEN, IN or IS NULL but found " + peek().describe());
        }
        return negated ? new Expr.Not(e) : e;
    }

    /** A property or a literal. */
    private Expr scalar() {
        Token t = tokens.get(next++);
        switch (t.kind()) {
            case STRING:
                return new Expr.Text(t.text());
            case NUMBER:
                return Literals.number(decimal(t));
            case QUOTED_IDENTIFIER:
                return new Expr.Property(t.text());
            case IDENTIFIER:
                return word(t);
            default:
                throw Cql2.error("expected a property or a literal but found " + t.describe());
        }
    }

    private Expr word(Token t) {
        String w = t.text().toUpperCase(Locale.ROOT);
        switch (w) {
            case "TRUE":
                return new Expr.Bool(true);
            case "FALSE":
                return new Expr.Bool(false);
            case "DATE":
                return Literals.date(quotedArgument());
            case "TIMESTAMP":
                return Literals.timestamp(quotedArgument());
            case "INTERVAL":
                return interval();
            default:
                break;
        }
        if (RESERVED.contains(w)) {
            return geometries.checked(geometry(t));
        }
        if (peek().kind() == Kind.LEFT) {
            throw Cql2.error("unknown function '" + Literals.shorten(t.text()) + "'");
        }
        return new Expr.Property(t.text());
    }

    private String quotedArgument() {
        expect(Kind.LEFT, "'('");
        Token s = expect(Kind.STRING, "a quoted string");
        expect(Kind.RIGHT, "')'");
        return s.text();
    }

    private Expr interval() {
        expect(Kind.LEFT, "'('");
        Expr start = intervalEnd();
        expect(Kind.COMMA, "','");
        Expr end = intervalEnd();
        expect(Kind.RIGHT, "')'");
        return new Expr.Interval(start, end);
    }

    private Expr intervalEnd() {
        Expr e = scalar();
        if (e instanceof Expr.Text text) {
            return Literals.intervalEnd(text.value());
        }
        if (e instanceof Expr.DateValue || e instanceof Expr.TimestampValue || e instanceof Expr.Property) {
            return e;
        }
        throw Cql2.error("an INTERVAL's ends must be dates, timestamps, '..' or properties");
    }

    private Geometry geometry(Token keyword) {
        return nested(() -> switch (keyword.text().toUpperCase(Locale.ROOT)) {
            case "POINT" -> parenthesized(() -> geometries.point(coordinate()));
            case "LINESTRING" -> geometries.lineString(positions());
            case "POLYGON" -> polygon();
            case "MULTIPOINT" -> geometries.multiPoint(list(this::multiPointMember));
            case "MULTILINESTRING" -> geometries.multiLineString(list(() -> geometries.lineString(positions())));
            case "MULTIPOLYGON" -> geometries.multiPolygon(list(this::polygon));
            case "GEOMETRYCOLLECTION" -> geometries.collection(list(() -> {
                Token t = expect(Kind.IDENTIFIER, "a geometry");
                if (!RESERVED.contains(t.text().toUpperCase(Locale.ROOT)) || t.is("BBOX")) {
                    throw Cql2.error("expected a geometry but found " + t.describe());
                }
                return geometry(t);
            }));
            case "BBOX" -> geometries.bbox(list(() -> decimal(expect(Kind.NUMBER, "a number")).doubleValue()));
            default -> throw Cql2.error("expected a property or a literal but found " + keyword.describe());
        });
    }

    private Point multiPointMember() {
        return peek().kind() == Kind.LEFT ? parenthesized(() -> geometries.point(coordinate()))
                : geometries.point(coordinate());
    }

    private Polygon polygon() {
        return geometries.polygon(list(this::positions));
    }

    private List<Coordinate> positions() {
        return list(this::coordinate);
    }

    private Coordinate coordinate() {
        double first = decimal(expect(Kind.NUMBER, "a number")).doubleValue();
        double second = decimal(expect(Kind.NUMBER, "a second number")).doubleValue();
        return geometries.coordinate(first, second);
    }

    /** {@code ( item {, item} )}. */
    private <T> List<T> list(Supplier<T> item) {
        return parenthesized(() -> {
            List<T> out = new ArrayList<>(List.of(item.get()));
            while (accept(Kind.COMMA)) {
                out.add(item.get());
            }
            return out;
        });
    }

    private <T> T parenthesized(Supplier<T> inside) {
        expect(Kind.LEFT, "'('");
        T t = inside.get();
        expect(Kind.RIGHT, "')'");
        return t;
    }

    private static BigDecimal decimal(Token t) {
        try {
            return new BigDecimal(t.text());
        } catch (NumberFormatException e) {
            throw Cql2.error("'" + Literals.shorten(t.text()) + "' at position " + t.position() + " is not a number");
        }
    }

    private <T> T nested(Supplier<T> inside) {
        if (++depth > Cql2.MAX_DEPTH) {
            throw Cql2.error("the filter nests deeper than " + Cql2.MAX_DEPTH + " levels");
        }
        T t = inside.get();
        depth--;
        return t;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private boolean accept(String keyword) {
        if (peek().is(keyword)) {
            next++;
            return true;
        }
        return false;
    }

    private boolean accept(Kind kind) {
        if (peek().kind() == kind) {
            next++;
            return true;
        }
        return false;
    }

    private void expectKeyword(String keyword) {
        if (!accept(keyword)) {
            throw Cql2.error("expected " + keyword + " but found " + peek().describe());
        }
    }

    private Token expect(Kind kind, String what) {
        Token t = peek();
        if (t.kind() != kind) {
            throw Cql2.error("expected " + what + " but found " + t.describe());
        }
        next++;
        return t;
    }
}
