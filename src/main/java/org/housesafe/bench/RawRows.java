package org.housesafe.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.housesafe.platform.geo.GeodesicArea;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * The rows the bulk import of a range of buildings ends up writing, already computed, as
 * PostgreSQL COPY text (tab-separated, {@code \N} for null, footprint as hex EWKB): what the raw
 * import case loads to find the database's own limit. Hashes are placeholders: the raw case
 * measures the database, not the application's chain.
 */
final class RawRows implements AutoCloseable {
    static final String BUILDING_COLUMNS = "id, house_code, address, street_code, community_code, footprint, "
            + "footprint_area, floor_area, floors_above, use_type, structure, construction_period, vacant, status, "
            + "judgement, grade, deadline, batch, attributes, version, surveyed_at, created_at, updated_at, head_seq, "
            + "head_hash";
    static final String EVENT_COLUMNS = "building_id, seq, type, occurred_at, recorded_at, actor, role, reason,"
            + " payload, client_op_id, prev_hash, hash";
    /** Index of the footprint among {@link #BUILDING_COLUMNS}. */
    static final int FOOTPRINT = 5;
    private static final String HASH = "0".repeat(64);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final BufferedWriter buildings;
    private final BufferedWriter events;
    private final WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN, true);

    RawRows(Path buildingFile, Path eventFile) throws IOException {
        this.buildings = Files.newBufferedWriter(buildingFile, StandardCharsets.UTF_8);
        this.events = Files.newBufferedWriter(eventFile, StandardCharsets.UTF_8);
    }

    /** Adds the rows of one building (the building row and one row per event). */
    void add(CityWriter.House h) {
        CaseStory s = h.story();
        List<Map<String, Object>> history = s.events;
        Map<String, Object> basic = h.blocks().basic();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("basic", basic);
        attributes.put("construction", h.blocks().construction());
        attributes.put("management", h.blocks().management());
        attributes.put("survey", s.survey);
        attributes.put("rectification", s.rectification);
        attributes.put("appraisal", s.appraisal);
        Object surveyed = history.stream().filter(e -> "survey".equals(e.get("type"))).map(e -> e.get("occurredAt"))
                .findFirst().orElse(null);
        try {
            line(buildings, h.id(), h.houseCode(), basic.get("address"), h.street().code(), h.community().code(),
                    WKBWriter.toHex(wkb.write(h.footprint().polygon())), GeodesicArea.of(h.footprint().polygon()),
                    basic.get("floorArea"), basic.get("floorsAbove"), basic.get("use"), basic.get("structure"),
                    basic.get("constructionPeriod"), basic.get("vacant"), s.path.status, s.judgement, s.grade,
                    s.deadline, s.batch, json(attributes), 1, surveyed, history.get(0).get("occurredAt"),
                    history.get(history.size() - 1).get("occurredAt"), history.size(), HASH);
            for (int k = 0; k < history.size(); k++) {
                Map<String, Object> e = history.get(k);
                line(events, h.id(), k + 1, e.get("type"), e.get("occurredAt"), e.get("occurredAt"), e.get("actor"),
                        e.get("role"), null, json(e.get("payload")), null, k == 0 ? null : HASH, HASH);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) throws JsonProcessingException {
        return MAPPER.writeValueAsString(value);
    }

    private static void line(BufferedWriter out, Object... values) throws IOException {
        for (int k = 0; k < values.length; k++) {
            if (k > 0) {
                out.write('\t');
            }
            out.write(values[k] == null ? "\\N" : escape(values[k].toString()));
        }
        out.write('\n');
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The fields of a COPY text line, {@code null} for {@code \N}, unescaped. */
    static List<String> fields(String line) {
        return Arrays.stream(line.split("\t", -1)).map(f -> f.equals("\\N") ? null : unescape(f)).toList();
    }

    private static String unescape(String v) {
        if (v.indexOf('\\') < 0) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c == '\\' && k + 1 < v.length()) {
                char n = v.charAt(++k);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        try (buildings; events) {
            Objects.requireNonNull(buildings);
        }
    }
}
