package org.housesafe.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.housesafe.demo.Footprints.Footprint;
import org.housesafe.lifecycle.EventType;

/**
 * The 44 illegal sheds and hazardous old houses demolished around Nanhua University's Yumu
 * campus in summer 2022 (about 3000 m²). They were never surveyed: their history is only the
 * demolition batch — order, demolition, close-out — and they end closed. Close-out is not
 * acceptance: their rectification block has no acceptance date. Every third one is a
 * dilapidated old house, the rest are sheds; all single-storey, so floor area is footprint.
 */
final class Sheds {
    static final String BATCH = "南华大学雨母校区周边违建及危房拆除";
    private static final LocalDate BATCH_DEADLINE = LocalDate.of(2022, 8, 10);

    /** A shed's record: the Feature's properties except the house code's place in the file. */
    record Shed(String houseCode, Map<String, Object> basic, Map<String, Object> construction,
                Map<String, Object> management, Map<String, Object> rectification, List<DemoEvent> events) {
    }

    private Sheds() {
    }

    /** @param number 1-based position in the batch */
    static Shed of(int number, Footprint f, AdminArea street, Histories.Crew crew, People people,
                   SplittableRandom rng) {
        boolean oldHouse = number % 3 == 0;
        String houseCode = houseCode(f, number);
        double floorArea = Attributes.round1(f.area());

        Map<String, Object> basic = new LinkedHashMap<>();
        basic.put("houseCode", houseCode);
        basic.put("address", "湖南省衡阳市高新区" + street.name() + f.community().addressName() + "学府路临" + number + "号");
        basic.put("ownerName", People.owner(rng));
        basic.put("ownerPhone", People.phone(rng));
        basic.put("landTenure", "collective");
        basic.put("locationTypes", List.of(f.community().village() ? "urban_village" : "urban_rural_fringe",
                "school_vicinity"));
        basic.put("floorsAbove", 1);
        basic.put("floorsBelow", 0);
        basic.put("height", Attributes.decimal(oldHouse ? 3.2 + rng.nextDouble() : 2.6 + rng.nextDouble() * 1.6));
        basic.put("constructionPeriod", oldHouse ? (rng.nextDouble() < 0.6 ? "before_1981" : "1981_1990")
                : (rng.nextDouble() < 0.7 ? "since_2016" : "2011_2015"));
        basic.put("floorArea", Attributes.decimal(floorArea));
        basic.put("structure", oldHouse ? (rng.nextDouble() < 0.6 ? "brick_timber" : "earth_timber")
                : (rng.nextDouble() < 0.7 ? "steel" : "other"));
        basic.put("use", "other");
        basic.put("businessTypes", List.of());
        basic.put("crowded", false);
        basic.put("vacant", oldHouse);

        Map<String, Object> construction = new LinkedHashMap<>();
        construction.put("professionallyDesigned", false);
        construction.put("builderType", oldHouse ? "craftsman" : "self");
        construction.put("altered", false);
        construction.put("alterationTypes", List.of());

        Map<String, Object> management = new LinkedHashMap<>();
        management.put("illegalConstruction", !oldHouse);
        management.put("illegalApproval", false);
        management.put("noPermits", !oldHouse || rng.nextDouble() < 0.5);

        Schedule time = new Schedule(rng);
        String officer = crew.streetOffice().get(rng.nextInt(crew.streetOffice().size()));
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("deadline", BATCH_DEADLINE.toString());
        order.put("batch", BATCH);
        order.put("responsible", officer);
        DemoEvent ordered = new DemoEvent(EventType.DEMOLITION_ORDER, time.start(LocalDate.of(2022, 7, 11),
                LocalDate.of(2022, 7, 15)), officer, DemoEvent.STREET_OFFICE,
                oldHouse ? "危旧房屋，存在安全隐患，限期拆除" : "违法建设，限期拆除", order);
        Instant demolishedAt = time.after(5, 20);
        LocalDate demolished = time.date();
        DemoEvent demolition = new DemoEvent(EventType.DEMOLITION, demolishedAt, crew.inspector(), DemoEvent.INSPECTOR,
                null, demolitionPayload(demolished, floorArea, BATCH));
        Instant closedAt = time.after(3, 10);
        String district = people.district().get(rng.nextInt(people.district().size()));
        DemoEvent closeOut = new DemoEvent(EventType.CLOSE_OUT, closedAt, district, DemoEvent.DISTRICT, null, Map.of());
        time.requireWithinCampaign();

        Map<String, Object> rectification = new LinkedHashMap<>();
        rectification.put("measures", List.of("demolish_all"));
        rectification.put("responsible", officer);
        rectification.put("deadline", BATCH_DEADLINE.toString());
        rectification.put("completedDate", demolished.toString());
        rectification.put("progress", "done");      // closed out (销号) without an acceptance (验收)
        return new Shed(houseCode, basic, construction, management, rectification,
                List.of(ordered, demolition, closeOut));
    }

    /** {@code <community code>-W<nnn>}: a shed's code, apart from the houses' serials. */
    static String houseCode(Footprint f, int number) {
        return f.community().code() + String.format(java.util.Locale.ROOT, "-W%03d", number);
    }

    /**
     * The payload of a demolition: date, demolished floor area (m²) and batch. No photos: the demo
     * stores none, and a history must not cite files that do not exist.
     */
    static Map<String, Object> demolitionPayload(LocalDate date, double area, String batch) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("date", date.toString());
        p.put("area", Attributes.decimal(area));
        p.put("batch", batch);
        return p;
    }
}
