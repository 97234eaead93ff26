package org.housesafe.building;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.housesafe.account.Scope;
import org.housesafe.config.Config;
import org.housesafe.lifecycle.Coded;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.geo.FootprintReader;
import org.housesafe.platform.web.ApiException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The one place filter parameters are read, for the list, statistics and exports: each is
 * parsed once into a {@link BuildingFilter}, and a bad or unknown one is a 400 naming it (a
 * drawn polygon that is not a valid area in the service extent: 422, as for footprints; a street
 * or community outside the caller's scope: 403). Multi-valued parameters take comma-separated
 * values.
 */
public final class BuildingQueryParser {
    /** The filter's parameters; a route adds its own (the list: {@code limit}, {@code after}). */
    public static final Set<String> FILTER = Set.of("bbox", "street", "community", "status", "judgement", "grade",
            "use", "hazardType", "overdue", "from", "to", "within", "q");
    private static final Set<String> PAGING = Set.of("limit", "after", "detail");
    private static final Pattern STREET_CODE = Pattern.compile("\\d{9}");
    private static final Pattern COMMUNITY_CODE = Pattern.compile("\\d{12}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final List<String> HAZARD_TYPES =
            AttributeSchema.field(AttributeSchema.SURVEY, "hazardTypes").orElseThrow().codes();
    private static final int MAX_VALUES = 100;
    private static final int MAX_TEXT = 100;

    private final Config.Limits limits;
    private final FootprintReader areas;
    private final ZoneId zone;
    private final ObjectMapper json;

    public BuildingQueryParser(Config config) {
        this.limits = config.limits();
        this.areas = new FootprintReader(config.extent(), limits.maxVertices());
        this.zone = config.deadlines().zone();
        this.json = new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonDepth()).maxNumberLength(50).build()).build());
    }

    /**
     * A page of the list: the filter plus {@code limit}, {@code after} and {@code detail}
     * ({@code summary}, the default, or {@code full}).
     *
     * @param scope the caller's streets, added to the filter
     * @param today the service's date, for {@code overdue}
     */
    public BuildingQuery parse(Map<String, List<String>> params, Scope scope, LocalDate today) {
        BuildingFilter filter = filter(params, scope, today, PAGING);
        return new BuildingQuery(filter, after(single(params, "after")), limit(single(params, "limit")),
                full(single(params, "detail")));
    }

    /**
     * The filter of a request whose route reads {@code own} parameters itself; any other
     * parameter is a 400.
     *
     * @throws ApiException 400 for a bad or unknown parameter, 422 for a bad {@code within}
     *                      polygon, 403 for a street or community outside {@code scope}
     */
    public BuildingFilter filter(Map<String, List<String>> params, Scope scope, LocalDate today, Set<String> own) {
        for (var param : params.entrySet()) {
            String name = param.getKey();
            if (name.isEmpty() && param.getValue().stream().allMatch(String::isEmpty)) {
                continue;   // an empty component: "?&limit=5", a trailing "&"
            }
            if (!FILTER.contains(name) && !own.contains(name)) {
                Set<String> known = new TreeSet<>(FILTER);
                known.addAll(own);
                throw ApiException.badParameter(name, "unknown parameter; known: " + known);
            }
        }
        Set<String> streets = matching(params, "street", STREET_CODE, "a 9-digit street division code");
        Set<String> communities = matching(params, "community", COMMUNITY_CODE, "a 12-digit community division code");
        inScope(scope, "street", streets);
        inScope(scope, "community", communities);
        return new BuildingFilter(scope,
                bbox(single(params, "bbox")), streets, communities,
                coded(params, "status", Status.class),
                coded(params, "judgement", Judgement.class),
                coded(params, "grade", Grade.class),
                allowed(params, "use", AttributeSchema.USES),
                text(single(params, "q")),
                overdue(single(params, "overdue"), today),
                allowed(params, "hazardType", HAZARD_TYPES),
                dates(params),
                within(single(params, "within")));
    }

    /** The one value of a parameter, or {@code null}; given twice is a 400. */
    public static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.badParameter(name, "given more than once; use one comma-separated value");
        }
        return values.get(0);
    }

    private static List<String> split(Map<String, List<String>> params, String name) {
        String value = single(params, name);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> parts = List.of(value.split(",", -1));
        if (parts.size() > MAX_VALUES) {
            throw ApiException.badParameter(name, "at most " + MAX_VALUES + " values");
        }
        return parts.stream().map(String::trim).toList();
    }

    private static Set<String> matching(Map<String, List<String>> params, String name, Pattern pattern, String what) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : split(params, name)) {
            if (!pattern.matcher(v).matches()) {
                throw ApiException.badParameter(name, "'" + clip(v) + "' is not " + what);
            }
            out.add(v);
        }
        return out;
    }

    private static Set<String> allowed(Map<String, List<String>> params, String name, List<String> codes) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : split(params, name)) {
            if (!codes.contains(v)) {
                throw ApiException.badParameter(name, "'" + clip(v) + "' is not one of " + codes);
            }
            out.add(v);
        }
        return out;
    }

    private static <E extends Enum<E> & Coded> Set<E> coded(Map<String, List<String>> params, String name, Class<E> type) {
        Set<E> out = new LinkedHashSet<>();
        for (String v : split(params, name)) {
            out.add(Coded.byCode(type, v).orElseThrow(() ->
                    ApiException.badParameter(name, "'" + clip(v) + "' is not one of " + Coded.codes(type))));
        }
        return out;
    }

    /** {@code minLon,minLat,maxLon,maxLat} in WGS84, as in OGC API Features. */
    static Envelope bbox(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            throw ApiException.badParameter("bbox", "must be four numbers: minLon,minLat,maxLon,maxLat");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw ApiException.badParameter("bbox", "'" + clip(parts[i]) + "' is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw ApiException.badParameter("bbox", "numbers must be finite");
            }
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
            throw ApiException.badParameter("bbox", "longitudes must lie in -180..180 and latitudes in -90..90");
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw ApiException.badParameter("bbox", "the minimum must not exceed the maximum (minLon,minLat,maxLon,maxLat)");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }

    /**
     * A street, or a community (whose 12-digit code begins with its street's 9), the caller may
     * not see is refused rather than silently answered with nothing.
     */
    private static void inScope(Scope scope, String name, Set<String> codes) {
        for (String code : codes) {
            if (!scope.allows(code.substring(0, 9))) {
                throw new ApiException(403, "outside-scope", "Outside your streets",
                        name + ": " + code + " is not in your streets",
                        List.of(new ApiException.FieldError(name, code + " is not in your streets")), Map.of());
            }
        }
    }

    /** {@code from}/{@code to}: whole days in the service's zone, both inclusive. */
    private BuildingFilter.DateRange dates(Map<String, List<String>> params) {
        LocalDate from = date(single(params, "from"), "from");
        LocalDate to = date(single(params, "to"), "to");
        if (from == null && to == null) {
            return null;
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter("to", "must not be before from (" + from + ")");
        }
        return new BuildingFilter.DateRange(from, to, zone);
    }

    /** A calendar date {@code YYYY-MM-DD}, or {@code null} when absent; anything else is a 400. */
    public static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        ApiException bad = ApiException.badParameter(name, "'" + clip(value) + "' is not a date YYYY-MM-DD");
        if (!DATE.matcher(value).matches()) {
            throw bad;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad;
        }
    }

    /** A drawn area: GeoJSON Polygon or MultiPolygon, checked like a footprint (422 naming {@code within}). */
    private Geometry within(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        JsonNode geometry;
        try {
            geometry = json.readTree(value);
        } catch (IOException e) {
            throw ApiException.badParameter("within", "must be a GeoJSON Polygon (JSON text)");
        }
        return areas.read(geometry, "within");
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ApiException.badParameter("q", "at most " + MAX_TEXT + " characters");
        }
        return value.trim();
    }

    private static BuildingFilter.Overdue overdue(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "true" -> new BuildingFilter.Overdue(true, today);
            case "false" -> new BuildingFilter.Overdue(false, today);
            default -> throw ApiException.badParameter("overdue", "must be true or false");
        };
    }

    private static UUID after(String value) {
        if (value == null) {
            return null;
        }
        try {
            return parseUuid(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("after", "must be a building id (UUID)");
        }
    }

    private int limit(String value) {
        if (value == null) {
            return limits.defaultPageSize();
        }
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("limit", "must be a whole number from 1 to " + limits.maxPageSize());
        }
        if (n < 1 || n > limits.maxPageSize()) {
            throw ApiException.badParameter("limit", "must be a whole number from 1 to " + limits.maxPageSize());
        }
        return n;
    }

    /** Parses the canonical 36-character form only (Java's parser accepts odd short forms). */
    public static UUID parseUuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException("not a UUID");
        }
        return UUID.fromString(value);
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static boolean full(String detail) {
        if (detail == null || detail.equals("summary")) {
            return false;
        }
        if (detail.equals("full")) {
            return true;
        }
        throw ApiException.badParameter("detail", "must be summary or full");
    }
}
