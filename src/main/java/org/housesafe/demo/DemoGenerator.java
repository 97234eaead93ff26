package org.housesafe.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import org.housesafe.building.AttributeSchema;
import org.housesafe.demo.CaseMix.Case;
import org.housesafe.demo.Footprints.Footprint;
import org.housesafe.demo.Histories.Crew;
import org.housesafe.demo.Histories.History;

/**
 * Generates the demo data set of Hengyang National High-tech Zone (gis-data/README.md says what
 * in it is real and what is made up): {@code streets.geojson}, {@code communities.geojson} and
 * {@code buildings.geojson}. The output depends only on the fixed seed: not on the clock, the
 * locale, the time zone or hash order, so every run writes the same bytes and the committed
 * files can be checked against a fresh run.
 *
 * <p>Buildings carry no street or community code: the loader assigns those from the admin-unit
 * polygons, as for any other import.
 */
public final class DemoGenerator {
    static final long SEED = 20_220_520L;
    static final String STREETS_FILE = "streets.geojson";
    static final String COMMUNITIES_FILE = "communities.geojson";
    static final String BUILDINGS_FILE = "buildings.geojson";
    /** Houses this close to the Yumu campus are in a school vicinity (学校周边). */
    private static final double CAMPUS_VICINITY_M = 1500;

    private DemoGenerator() {
    }

    /**
     * Writes the three files into {@code dir}, creating it if needed and replacing the files.
     *
     * @throws UncheckedIOException  if a file cannot be written
     * @throws IllegalStateException if the generated data would break one of its promises
     *                               (a bug: the fixed seed gives valid data)
     */
    public static void writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SplittableRandom master = new SplittableRandom(SEED);
        AdminAreas.Result areas = AdminAreas.build(master.split());
        SplittableRandom placement = master.split();
        List<Footprint> houses = Footprints.houses(areas, placement);
        List<Footprint> sheds = Footprints.sheds(areas, placement);
        People people = new People(master.split());
        Map<String, Crew> crews = crews(areas, people);
        List<Case> cases = CaseMix.allocate(master.split());

        List<Map<String, Object>> buildings = new ArrayList<>();
        Map<String, Integer> serials = new TreeMap<>();
        for (int i = 0; i < houses.size(); i++) {
            Footprint f = houses.get(i);
            int serial = serials.merge(f.community().code(), 1, Integer::sum);
            buildings.add(house(cases.get(i), f, serial, areas, crews.get(f.community().code()), people));
        }
        for (int k = 0; k < sheds.size(); k++) {
            Footprint f = sheds.get(k);
            Sheds.Shed shed = Sheds.of(k + 1, f, areas.street(f.community().parentCode()),
                    crews.get(f.community().code()), people, rngFor(Sheds.houseCode(f, k + 1)));
            buildings.add(feature(shed.houseCode(), f, Lifecycle.SHED, blocks(shed.basic(), shed.construction(),
                    shed.management(), Map.of(), shed.rectification(), Map.of()), shed.events()));
        }
        buildings.sort(Comparator.comparing(b -> houseCode(b)));

        DemoJson.writeCollection(dir.resolve(STREETS_FILE), areas.streets().stream().map(DemoGenerator::unit).toList());
        DemoJson.writeCollection(dir.resolve(COMMUNITIES_FILE), areas.communities().stream()
                .sorted(Comparator.comparing(AdminArea::code)).map(DemoGenerator::unit).toList());
        DemoJson.writeCollection(dir.resolve(BUILDINGS_FILE), buildings);
    }

    /** {@code demo <output dir>}: writes the data set there. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: DemoGenerator <output directory>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        writeTo(dir);
        System.out.println("wrote " + STREETS_FILE + ", " + COMMUNITIES_FILE + " and " + BUILDINGS_FILE + " to " + dir);
    }

    private static Map<String, Object> house(Case c, Footprint f, int serial, AdminAreas.Result areas, Crew crew,
                                             People people) {
        String houseCode = f.community().code() + String.format(java.util.Locale.ROOT, "-%04d", serial);
        SplittableRandom rng = rngFor(houseCode);
        boolean nearCampus = LocalFrame.metres(f.polygon().getCentroid().getCoordinate(), AdminAreas.YUMU_CAMPUS)
                <= CAMPUS_VICINITY_M;
        Attributes.Blocks b = Attributes.house(c, houseCode, areas.street(f.community().parentCode()), f, serial,
                nearCampus, rng);
        History h = Histories.of(c, new Histories.Subject(houseCode, b.floorArea(), b.hazardTypes()), crew, people,
                rng);
        Lifecycle life = new Lifecycle(h.status().code(), c.judgement().code(),
                c.grade() == null ? null : c.grade().code(), h.deadline() == null ? null : h.deadline().toString(),
                h.batch());
        return feature(houseCode, f, life, blocks(b.basic(), b.construction(), b.management(), h.survey(),
                h.rectification(), h.appraisal()), h.events());
    }

    /** The summary lifecycle properties, as the history leaves them; {@code null} where none applies. */
    private record Lifecycle(String status, String judgement, String grade, String deadline, String batch) {
        /** The campus sheds: closed in their demolition batch, never judged or graded. */
        static final Lifecycle SHED = new Lifecycle("closed", null, null, null, Sheds.BATCH);
    }

    /** The attribute blocks in {@code AttributeSchema.BLOCKS} order. */
    private static Map<String, Object> blocks(Map<String, Object> basic, Map<String, Object> construction,
                                              Map<String, Object> management, Map<String, Object> survey,
                                              Map<String, Object> rectification, Map<String, Object> appraisal) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put(AttributeSchema.BASIC, basic);
        b.put(AttributeSchema.CONSTRUCTION, construction);
        b.put(AttributeSchema.MANAGEMENT, management);
        b.put(AttributeSchema.SURVEY, survey);
        b.put(AttributeSchema.RECTIFICATION, rectification);
        b.put(AttributeSchema.APPRAISAL, appraisal);
        return b;
    }

    private static Map<String, Object> feature(String houseCode, Footprint f, Lifecycle life,
                                               Map<String, Object> blocks, List<DemoEvent> events) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("houseCode", houseCode);
        p.put("status", life.status());
        p.put("judgement", life.judgement());
        p.put("grade", life.grade());
        p.put("deadline", life.deadline());
        p.put("batch", life.batch());
        p.putAll(blocks);
        p.put("events", events.stream().map(DemoEvent::toJson).toList());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", buildingId(houseCode).toString());
        feature.put("geometry", f.polygon());
        feature.put("properties", p);
        return feature;
    }

    private static Map<String, Object> unit(AdminArea a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", a.code());
        p.put("name", a.name());
        p.put("level", a.level());
        p.put("parentCode", a.parentCode());
        p.put("synthetic", a.synthetic());
        p.put("nameSynthetic", a.nameSynthetic());
        p.put("codeSynthetic", a.codeSynthetic());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", a.code());
        feature.put("properties", p);
        feature.put("geometry", a.boundary());
        return feature;
    }

    /** One inspector per community; each street's office has two staff who act in its histories. */
    private static Map<String, Crew> crews(AdminAreas.Result areas, People people) {
        Map<String, Crew> out = new TreeMap<>();
        for (AdminArea street : areas.streets()) {
            List<String> office = List.of(people.staff(), people.staff());
            for (AdminArea community : areas.communitiesOf(street)) {
                out.put(community.code(), new Crew(people.staff(), office));
            }
        }
        return out;
    }

    /** The id of a building: a name-based UUID of its house code, the same on every run. */
    static UUID buildingId(String houseCode) {
        return UUID.nameUUIDFromBytes(houseCode.getBytes(StandardCharsets.UTF_8));
    }

    /** A building's own generator: its values do not shift when another building changes. */
    private static SplittableRandom rngFor(String houseCode) {
        return new SplittableRandom(SEED ^ buildingId(houseCode).getMostSignificantBits());
    }

    @SuppressWarnings("unchecked")
    private static String houseCode(Map<String, Object> feature) {
        return (String) ((Map<String, Object>) feature.get("properties")).get("houseCode");
    }
}
