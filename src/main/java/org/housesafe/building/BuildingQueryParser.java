package org.housesafe.building;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.housesafe.account.Scope;
import org.housesafe.config.Config;
import org.housesafe.lifecycle.Coded;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.web.ApiException;
import org.locationtech.jts.geom.Envelope;

/**
 * The one place list parameters are read: each is parsed once into {@link BuildingQuery}, and a
 * bad or unknown one is a 400 naming it. Multi-valued parameters take comma-separated values.
 */
public final class BuildingQueryParser {
    private static final Set<String> KNOWN =
            Set.of("bbox", "street", "community", "status", "judgement", "grade", "use", "q", "overdue", "limit", "after");
    private static final Pattern STREET_CODE = Pattern.compile("\\d{9}");
    private static final Pattern COMMUNITY_CODE = Pattern.compile("\\d{12}");
    private static final int MAX_VALUES = 100;
    private static final int MAX_TEXT = 100;

    private final Config.Limits limits;

    public BuildingQueryParser(Config.Limits limits) {
        this.limits = limits;
    }

    /**
     * @param scope the caller's streets, added to the filter
     * @param today the service's date, for {@code overdue}
     */
    public BuildingQuery parse(Map<String, List<String>> params, Scope scope, java.time.LocalDate today) {
        for (String name : params.keySet()) {
            if (!KNOWN.contains(name)) {
                throw ApiException.badParameter(name, "unknown parameter; known: " + KNOWN.stream().sorted().toList());
            }
        }
        BuildingFilter filter = new BuildingFilter(scope,
                bbox(single(params, "bbox")),
                matching(params, "street", STREET_CODE, "a 9-digit street division code"),
                matching(params, "community", COMMUNITY_CODE, "a 12-digit community division code"),
                coded(params, "status", Status.class),
                coded(params, "judgement", Judgement.class),
                coded(params, "grade", Grade.class),
                allowed(params, "use", AttributeSchema.USES),
                text(single(params, "q")),
                overdue(single(params, "overdue"), today));
        return new BuildingQuery(filter, after(single(params, "after")), limit(single(params, "limit")));
    }

    private static String single(Map<String, List<String>> params, String name) {
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

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ApiException.badParameter("q", "at most " + MAX_TEXT + " characters");
        }
        return value.trim();
    }

    private static BuildingFilter.Overdue overdue(String value, java.time.LocalDate today) {
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
}
