package org.housesafe.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.housesafe.building.AttributeSchema;
import org.housesafe.demo.CaseMix.Case;
import org.housesafe.demo.Footprints.Footprint;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;

/**
 * The survey's descriptive blocks (basic, construction, management) and the hazard types of a
 * house, with codes from {@link AttributeSchema} only. Values are drawn to look like a peri-urban
 * self-built stock: mostly 2–4 storey brick-concrete houses, older and weaker ones where the case
 * found a hazard. Floor area is the footprint times the storeys, less walls and stairwells.
 */
final class Attributes {
    private static final String[] ROADS = {"兴业路", "创新路", "光明路", "和平路", "建设路", "学府路", "新民路", "松木路",
        "长湖路", "华新路"};
    private static final String PREFIX = "湖南省衡阳市高新区";
    private static final List<String> BUSINESS = List.of("catering", "lodging", "retail", "rental", "education",
            "entertainment", "medical", "elderly_childcare", "manufacturing", "warehousing");
    private static final double[] BUSINESS_WEIGHTS = {20, 10, 22, 25, 5, 3, 2, 3, 6, 4};
    private static final List<String> CROWDING = List.of("catering", "lodging", "education", "entertainment",
            "medical", "elderly_childcare");

    /** The blocks of one house, its hazard types and its entered floor area. */
    record Blocks(Map<String, Object> basic, Map<String, Object> construction, Map<String, Object> management,
                  List<String> hazardTypes, double floorArea) {
    }

    private Attributes() {
    }

    /**
     * @param serial     the house's number within its community (1-based)
     * @param nearCampus within reach of the Yumu campus: a school-vicinity location
     */
    static Blocks house(Case c, String houseCode, AdminArea street, Footprint f, int serial, boolean nearCampus,
                        SplittableRandom rng) {
        boolean weak = c.grade() == Grade.C || c.grade() == Grade.D || c.judgement() == Judgement.SERIOUS;
        String period = pick(AttributeSchema.CONSTRUCTION_PERIODS, weak ? new double[] {30, 35, 20, 10, 5, 0}
                : new double[] {4, 10, 22, 34, 16, 14}, rng);
        int periodIndex = AttributeSchema.CONSTRUCTION_PERIODS.indexOf(period);
        String structure = pick(AttributeSchema.STRUCTURES, periodIndex <= 1 ? new double[] {45, 2, 33, 18, 0, 2}
                : new double[] {72, 20, 3, 0, 3, 2}, rng);
        int floors = c.operating() ? 2 + pickIndex(new double[] {30, 35, 20, 10, 5}, rng)
                : 1 + pickIndex(new double[] {12, 35, 33, 15, 5}, rng);
        int below = rng.nextDouble() < 0.04 ? 1 : 0;
        double floorArea = round1(f.area() * (floors + below) * (0.9 + rng.nextDouble() * 0.08));
        boolean altered = rng.nextDouble() < (c.judgement().isHazard() ? 0.4 : 0.12);

        Map<String, Object> basic = new LinkedHashMap<>();
        basic.put("houseCode", houseCode);
        basic.put("address", address(street, f.community(), serial, rng));
        basic.put("ownerName", People.owner(rng));
        basic.put("ownerPhone", People.phone(rng));
        basic.put("landTenure", f.community().village() || rng.nextDouble() < 0.4 ? "collective" : "state");
        basic.put("locationTypes", locationTypes(street, f.community(), nearCampus));
        basic.put("floorsAbove", floors);
        basic.put("floorsBelow", below);
        basic.put("height", decimal(floors * (2.9 + rng.nextDouble() * 0.5)));
        basic.put("constructionPeriod", period);
        basic.put("floorArea", decimal(floorArea));
        basic.put("structure", structure);
        basic.put("use", c.use());
        List<String> business = businessTypes(c, nearCampus, rng);
        basic.put("businessTypes", business);
        basic.put("crowded", c.operating() && floors >= 2 && business.stream().anyMatch(CROWDING::contains)
                && rng.nextDouble() < 0.6);
        basic.put("vacant", c.vacant());

        Map<String, Object> construction = new LinkedHashMap<>();
        construction.put("professionallyDesigned", structure.equals("rc_frame") ? rng.nextDouble() < 0.6
                : rng.nextDouble() < 0.1);
        construction.put("builderType", pick(List.of("self", "craftsman", "contractor", "other"),
                new double[] {35, 45, 17, 3}, rng));
        construction.put("altered", altered);
        construction.put("alterationTypes", altered ? alterations(c, rng) : List.of());

        Map<String, Object> management = new LinkedHashMap<>();
        management.put("illegalConstruction", rng.nextDouble() < (altered ? 0.25 : 0.03));
        management.put("illegalApproval", rng.nextDouble() < 0.01);
        management.put("noPermits", rng.nextDouble() < (periodIndex <= 1 ? 0.3 : 0.08));
        return new Blocks(basic, construction, management, hazardTypes(c, altered, rng), round1(floorArea));
    }

    private static String address(AdminArea street, AdminArea community, int serial, SplittableRandom rng) {
        String at = community.village()
                ? (1 + rng.nextInt(12)) + "组" + serial + "号"
                : ROADS[(Integer.parseInt(community.code().substring(9)) + serial / 40) % ROADS.length] + serial + "号";
        return PREFIX + street.name() + community.addressName() + at;
    }

    private static List<String> locationTypes(AdminArea street, AdminArea community, boolean nearCampus) {
        List<String> out = new ArrayList<>();
        out.add(community.village() ? "urban_village" : "urban_rural_fringe");
        if (street.code().equals(AdminAreas.HUAXING) && !community.village()) {
            out.add("industrial_park");     // 华兴 hosts the zone's industrial parks
        }
        if (nearCampus) {
            out.add("school_vicinity");
        }
        return out;
    }

    private static List<String> businessTypes(Case c, boolean nearCampus, SplittableRandom rng) {
        if (!c.operating()) {
            return List.of();
        }
        double[] w = BUSINESS_WEIGHTS.clone();
        if (nearCampus) {   // students: food, rooms, tutoring
            w[0] *= 3;
            w[1] *= 3;
            w[3] *= 2;
            w[4] *= 3;
        }
        List<String> out = new ArrayList<>();
        out.add(pick(BUSINESS, w, rng));
        if (c.use().equals("operating") && rng.nextDouble() < 0.3) {
            String second = pick(BUSINESS, w, rng);
            if (!out.contains(second)) {
                out.add(second);
            }
        }
        return out;
    }

    private static List<String> alterations(Case c, SplittableRandom rng) {
        List<String> out = new ArrayList<>();
        out.add(pick(List.of("add_floor", "extension", "rooftop_addition", "mezzanine", "change_of_use"),
                new double[] {35, 30, 20, 8, 7}, rng));
        if (c.judgement().isHazard() && rng.nextDouble() < 0.3) {
            out.add("load_bearing_change");
        }
        return out;
    }

    /** Hazard types for a hazard finding: serious ones always name a structural defect. */
    private static List<String> hazardTypes(Case c, boolean altered, SplittableRandom rng) {
        List<String> out = new ArrayList<>();
        if (!c.judgement().isHazard()) {
            return out;
        }
        List<String> structural = List.of("foundation_settlement", "load_bearing_cracks", "beam_slab_cracks",
                "deformation", "cantilever");
        out.add(pick(structural, c.judgement() == Judgement.SERIOUS ? new double[] {35, 45, 10, 10, 0}
                : new double[] {15, 25, 30, 10, 20}, rng));
        if (altered) {
            out.add("alteration");
        }
        if (c.operating() && rng.nextDouble() < 0.4) {
            out.add("business_fire");
        }
        if (rng.nextDouble() < 0.15) {
            out.add("environment");
        }
        return out;
    }

    static <T> T pick(List<T> values, double[] weights, SplittableRandom rng) {
        return values.get(pickIndex(weights, rng));
    }

    static int pickIndex(double[] weights, SplittableRandom rng) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = rng.nextDouble() * total;
        for (int k = 0; k < weights.length; k++) {
            r -= weights[k];
            if (r < 0) {
                return k;
            }
        }
        return weights.length - 1;
    }

    static double round1(double v) {
        return decimal(v).doubleValue();
    }

    /**
     * {@code v} to one decimal as a BigDecimal: written as plain digits, it does not depend on
     * how a JDK version prints doubles.
     */
    static BigDecimal decimal(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_EVEN);
    }
}
