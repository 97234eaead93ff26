package org.housesafe.ogc.cql2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * CQL2 JSON: {@code {"op": …, "args": […]}} objects, {@code {"property": …}}, JSON scalars,
 * {@code {"date": …}}, {@code {"timestamp": …}}, {@code {"interval": […]}}, GeoJSON geometries
 * and {@code {"bbox": […]}}. The JSON parser itself caps nesting and number length, before any
 * tree is built.
 */
final class Cql2JsonParser {
    /** Each predicate takes two JSON levels (its object and its args array). */
    private static final int MAX_JSON_DEPTH = 2 * Cql2.MAX_DEPTH;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH)
                    .maxNumberLength(40).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Map<String, String> COMPARISONS = Map.of("=", "=", "<>", "<>", "<", "<", ">", ">",
            "<=", "<=", ">=", ">=");

    private final GeometryLiterals geometries;

    private Cql2JsonParser(GeometryLiterals geometries) {
        this.geometries = geometries;
    }

    static Expr parse(String text, GeometryLiterals geometries) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (StreamConstraintsException e) {
            throw Cql2.error("the JSON nests deeper than " + MAX_JSON_DEPTH + " levels or holds an over-long number");
        } catch (JsonProcessingException e) {
            // Jackson's own message names Java types: say only where the JSON went wrong.
            JsonLocation at = e.getLocation();
            throw Cql2.error("not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()));
        }
        if (root == null || root.isMissingNode()) {
            throw Cql2.error("the filter is empty");
        }
        return new Cql2JsonParser(geometries).predicate(root);
    }

    private Expr predicate(JsonNode node) {
        if (node.isBoolean()) {
            return new Expr.Bool(node.booleanValue());
        }
        if (!node.isObject() || !node.path("op").isTextual()) {
            throw Cql2.error("expected a predicate ({\"op\": …, \"args\": […]}) but found " + kind(node));
        }
        String op = node.get("op").textValue().toLowerCase(Locale.ROOT);
        JsonNode args = node.path("args");
        if (!args.isArray()) {
            throw Cql2.error("the operator '" + Literals.shorten(op) + "' needs an \"args\" array");
        }
        switch (op) {
            case "and", "or" -> {
                if (args.size() < 2) {
                    throw Cql2.error("'" + op + "' needs at least 2 arguments");
                }
                List<Expr> parts = map(args, this::predicate);
                return op.equals("and") ? new Expr.And(parts) : new Expr.Or(parts);
            }
            case "not" -> {
                return new Expr.Not(predicate(arguments(op, args, 1).get(0)));
            }
            case "like" -> {
                List<JsonNode> a = arguments(op, args, 2);
                return new Expr.Like(scalar(a.get(0)), scalar(a.get(1)));
            }
            case "between" -> {
                List<JsonNode> a = arguments(op, args, 3);
                return new Expr.Between(scalar(a.get(0)), scalar(a.get(1)), scalar(a.get(2)));
            }
            case "in" -> {
                List<JsonNode> a = arguments(op, args, 2);
                if (!a.get(1).isArray() || a.get(1).isEmpty()) {
                    throw Cql2.error("'in' needs a non-empty array as its second argument");
                }
                return new Expr.In(scalar(a.get(0)), map(a.get(1), this::scalar));
            }
            case "isnull" -> {
                return new Expr.IsNull(scalar(arguments(op, args, 1).get(0)));
            }
            default -> {
                return binary(op, args);
            }
        }
    }

    private Expr binary(String op, JsonNode args) {
        if (COMPARISONS.containsKey(op)) {
            List<JsonNode> a = arguments(op, args, 2);
            return new Expr.Compare(COMPARISONS.get(op), scalar(a.get(0)), scalar(a.get(1)));
        }
        if (Cql2Sql.SPATIAL.containsKey(op)) {
            List<JsonNode> a = arguments(op, args, 2);
            return new Expr.Spatial(op, scalar(a.get(0)), scalar(a.get(1)));
        }
        if (TemporalSql.RELATIONS.containsKey(op)) {
            List<JsonNode> a = arguments(op, args, 2);
            return new Expr.Temporal(op, scalar(a.get(0)), scalar(a.get(1)));
        }
        throw Cql2.error("unknown function '" + Literals.shorten(op) + "'");
    }

    /** A property or a literal. */
    private Expr scalar(JsonNode node) {
        if (node.isTextual()) {
            return new Expr.Text(node.textValue());
        }
        if (node.isNumber()) {
            return Literals.number(node.decimalValue());
        }
        if (node.isBoolean()) {
            return new Expr.Bool(node.booleanValue());
        }
        if (node.isObject() && node.size() == 1) {
            String key = node.fieldNames().next();
            JsonNode value = node.get(key);
            switch (key) {
                case "property" -> {
                    return new Expr.Property(text(value, key));
                }
                case "date" -> {
                    return Literals.date(text(value, key));
                }
                case "timestamp" -> {
                    return Literals.timestamp(text(value, key));
                }
                case "interval" -> {
                    if (!value.isArray() || value.size() != 2) {
                        throw Cql2.error("an interval needs an array of 2 ends");
                    }
                    return new Expr.Interval(intervalEnd(value.get(0)), intervalEnd(value.get(1)));
                }
                case "bbox" -> {
                    return geometries.checked(geometries.bbox(map(value, n -> number(n))));
                }
                default -> {
                    // falls through to the error below
                }
            }
        }
        if (node.isObject() && node.path("type").isTextual()) {
            return geometries.checked(geometry(node));
        }
        if (node.isObject() && node.has("op")) {
            throw Cql2.error("a predicate ('" + Literals.shorten(node.path("op").asText()) + "') cannot be an operand here");
        }
        throw Cql2.error("expected a property or a literal but found " + kind(node));
    }

    private Expr intervalEnd(JsonNode node) {
        if (node.isTextual()) {
            return Literals.intervalEnd(node.textValue());
        }
        Expr e = scalar(node);
        if (e instanceof Expr.DateValue || e instanceof Expr.TimestampValue || e instanceof Expr.Property) {
            return e;
        }
        throw Cql2.error("an interval's ends must be dates, timestamps, '..' or properties");
    }

    private Geometry geometry(JsonNode node) {
        String type = node.get("type").textValue();
        JsonNode c = node.path("coordinates");
        return switch (type) {
            case "Point" -> geometries.point(position(c));
            case "LineString" -> geometries.lineString(positions(c));
            case "Polygon" -> geometries.polygon(map(c, this::positions));
            case "MultiPoint" -> geometries.multiPoint(map(c, p -> geometries.point(position(p))));
            case "MultiLineString" -> geometries.multiLineString(map(c, l -> geometries.lineString(positions(l))));
            case "MultiPolygon" -> geometries.multiPolygon(map(c, p -> geometries.polygon(map(p, this::positions))));
            case "GeometryCollection" -> geometries.collection(map(node.path("geometries"), g -> {
                if (!g.isObject() || !g.path("type").isTextual()) {
                    throw Cql2.error("a GeometryCollection's members must be GeoJSON geometries");
                }
                return geometry(g);
            }));
            default -> throw Cql2.error("unknown geometry type '" + Literals.shorten(type) + "'");
        };
    }

    private List<Coordinate> positions(JsonNode array) {
        return map(array, this::position);
    }

    private Coordinate position(JsonNode p) {
        if (!p.isArray() || p.size() < 2 || p.size() > 3) {
            throw Cql2.error("a GeoJSON position is an array of 2 (or 3) numbers");
        }
        return geometries.coordinate(number(p.get(0)), number(p.get(1)));
    }

    private static double number(JsonNode n) {
        if (!n.isNumber()) {
            throw Cql2.error("expected a number but found " + kind(n));
        }
        return n.doubleValue();
    }

    private static <T> List<T> map(JsonNode array, Function<JsonNode, T> each) {
        if (!array.isArray()) {
            throw Cql2.error("expected an array but found " + kind(array));
        }
        List<T> out = new ArrayList<>(array.size());
        array.forEach(n -> out.add(each.apply(n)));
        return out;
    }

    private static List<JsonNode> arguments(String op, JsonNode args, int count) {
        if (args.size() != count) {
            throw Cql2.error("'" + op + "' needs " + count + " argument" + (count == 1 ? "" : "s") + ", got " + args.size());
        }
        List<JsonNode> out = new ArrayList<>();
        args.forEach(out::add);
        return out;
    }

    private static String text(JsonNode value, String key) {
        if (!value.isTextual()) {
            throw Cql2.error("\"" + key + "\" needs a string");
        }
        return value.textValue();
    }

    private static String kind(JsonNode node) {
        return node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
