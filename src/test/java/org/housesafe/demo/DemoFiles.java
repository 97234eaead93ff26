package org.housesafe.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** The three demo files read back as plain JSON plus JTS polygons, for the tests to check. */
record DemoFiles(List<Unit> streets, List<Unit> communities, List<Building> buildings) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final GeometryFactory FACTORY = new GeometryFactory();

    record Unit(String code, JsonNode properties, Polygon boundary) {
        String name() {
            return properties.get("name").asText();
        }

        String parentCode() {
            return properties.get("parentCode").isNull() ? null : properties.get("parentCode").asText();
        }
    }

    record Building(String id, JsonNode properties, Polygon footprint) {
        String text(String key) {
            JsonNode v = properties.get(key);
            return v == null || v.isNull() ? null : v.asText();
        }

        String houseCode() {
            return text("houseCode");
        }

        String status() {
            return text("status");
        }

        JsonNode basic() {
            return properties.get("basic");
        }

        boolean operating() {
            return !basic().get("use").asText().equals("other");
        }

        boolean shed() {
            return Sheds.BATCH.equals(text("batch"));
        }

        List<JsonNode> events() {
            return StreamSupport.stream(properties.get("events").spliterator(), false).toList();
        }

        List<JsonNode> events(String type) {
            return events().stream().filter(e -> e.get("type").asText().equals(type)).toList();
        }

        boolean surveyed() {
            return !events("survey").isEmpty();
        }
    }

    /** The 2081 surveyed houses. */
    List<Building> houses() {
        return buildings.stream().filter(b -> !b.shed()).toList();
    }

    /** The 44 sheds and old houses demolished near the campus. */
    List<Building> sheds() {
        return buildings.stream().filter(Building::shed).toList();
    }

    /** The street the loader assigns: the one holding the footprint's interior point. */
    Unit streetOf(Building b) {
        Point p = b.footprint().getInteriorPoint();
        return streets.stream().filter(s -> s.boundary().contains(p)).findFirst().orElseThrow();
    }

    Unit street(String code) {
        return streets.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    static <K> Map<K, Long> count(List<Building> buildings, Function<Building, K> key) {
        return buildings.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    /** Generates the data set into {@code dir} and reads it back. */
    static DemoFiles generate(Path dir) throws IOException {
        DemoGenerator.writeTo(dir);
        return read(dir);
    }

    static DemoFiles read(Path dir) throws IOException {
        List<Building> buildings = new ArrayList<>();
        for (JsonNode f : features(dir.resolve(DemoGenerator.BUILDINGS_FILE))) {
            buildings.add(new Building(f.get("id").asText(), f.get("properties"), polygon(f.get("geometry"))));
        }
        return new DemoFiles(units(dir.resolve(DemoGenerator.STREETS_FILE)),
                units(dir.resolve(DemoGenerator.COMMUNITIES_FILE)), buildings);
    }

    static Instant at(JsonNode event) {
        return Instant.parse(event.get("occurredAt").asText());
    }

    /**
     * Whether event {@code i} of a history is the control measure the write path records with a
     * serious survey: a {@code control_measure} right after a serious survey, at the same instant.
     * A client never sends it; the survey's write produces it.
     */
    static boolean recordedWithSurvey(JsonNode events, int i) {
        if (i == 0 || !events.get(i).get("type").asText().equals("control_measure")) {
            return false;
        }
        JsonNode survey = events.get(i - 1);
        return survey.get("type").asText().equals("survey")
                && survey.get("payload").get("judgement").asText().equals("serious")
                && survey.get("occurredAt").equals(events.get(i).get("occurredAt"));
    }

    /** The UTC date of an event: the generator keeps it equal to the China date. */
    static LocalDate date(JsonNode event) {
        return LocalDate.ofInstant(at(event), java.time.ZoneOffset.UTC);
    }

    private static List<Unit> units(Path file) throws IOException {
        List<Unit> out = new ArrayList<>();
        for (JsonNode f : features(file)) {
            out.add(new Unit(f.get("id").asText(), f.get("properties"), polygon(f.get("geometry"))));
        }
        return out;
    }

    private static JsonNode features(Path file) throws IOException {
        return MAPPER.readTree(file.toFile()).get("features");
    }

    private static Polygon polygon(JsonNode geometry) {
        if (!geometry.get("type").asText().equals("Polygon")) {
            throw new IllegalArgumentException("expected a Polygon, got " + geometry.get("type"));
        }
        JsonNode rings = geometry.get("coordinates");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(ring(rings.get(0)), holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coords = new Coordinate[positions.size()];
        for (int i = 0; i < coords.length; i++) {
            coords[i] = new Coordinate(positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble());
        }
        return FACTORY.createLinearRing(coords);
    }
}
