package org.housesafe.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.housesafe.building.AttributeSchema;

/**
 * The descriptive blocks (basic, construction, management) of one synthetic house, with codes of
 * {@link AttributeSchema} only: storeys and land tenure follow the block's density, older houses
 * are more often brick-timber, one in six is operating or mixed use. Owners and phone numbers
 * are made up (138-0000-xxxx).
 */
final class HouseMaker {
    private static final String SURNAMES = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭罗梁宋郑谢唐许邓冯曾彭蒋蔡贺肖廖谭邹";
    private static final String GIVEN = "建国明华平军伟芳秀英桂兰春生德志永福海红玉梅文清新勇强林云辉斌丽萍娟霞湘衡";
    private static final List<String> PERIODS = AttributeSchema.CONSTRUCTION_PERIODS;
    private static final List<String> BUSINESS = List.of("catering", "lodging", "retail", "rental", "education",
            "manufacturing", "warehousing");
    private static final Map<String, String> COUNTIES = Map.ofEntries(Map.entry("430405", "珠晖区"),
            Map.entry("430406", "雁峰区"), Map.entry("430407", "石鼓区"), Map.entry("430408", "蒸湘区"),
            Map.entry("430412", "南岳区"), Map.entry("430421", "衡阳县"), Map.entry("430422", "衡南县"),
            Map.entry("430423", "衡山县"), Map.entry("430424", "衡东县"), Map.entry("430426", "祁东县"),
            Map.entry("430481", "耒阳市"), Map.entry("430482", "常宁市"));

    /** The three blocks, plus the entered floor area the story may refer to. */
    record House(Map<String, Object> basic, Map<String, Object> construction, Map<String, Object> management) {
    }

    private HouseMaker() {
    }

    static House make(SplittableRandom rng, String houseCode, AdminGrid.Unit street, AdminGrid.Unit community,
                      int number, Density density, double areaM2) {
        Map<String, Object> basic = new LinkedHashMap<>();
        basic.put("houseCode", houseCode);
        basic.put("address", "湖南省衡阳市" + COUNTIES.get(street.code().substring(0, 6)) + street.name()
                + community.name() + number + "号");
        basic.put("ownerName", name(rng));
        basic.put("ownerPhone", String.format(java.util.Locale.ROOT, "1380000%04d", rng.nextInt(10_000)));
        basic.put("landTenure", density.ordinal() <= Density.DENSE.ordinal() ? "state" : "collective");
        basic.put("locationTypes", List.of(switch (density) {
            case CORE -> "urban_village";
            case DENSE, SUBURBAN -> "urban_rural_fringe";
            case RURAL -> "rural";
            case INDUSTRIAL -> "industrial_park";
        }));
        int floors = density.minFloors + rng.nextInt(density.maxFloors - density.minFloors + 1);
        basic.put("floorsAbove", floors);
        basic.put("height", Math.round(floors * (2.9 + rng.nextDouble() * 0.6) * 10) / 10.0);
        int period = Math.min(PERIODS.size() - 1, (int) (PERIODS.size() * Math.sqrt(rng.nextDouble())));
        basic.put("constructionPeriod", PERIODS.get(period));
        basic.put("floorArea", Math.round(areaM2 * floors * 0.85 * 10) / 10.0);
        basic.put("structure", density == Density.INDUSTRIAL ? "steel"
                : period <= 1 && rng.nextDouble() < 0.5 ? "brick_timber"
                : rng.nextDouble() < 0.8 ? "brick_concrete" : "rc_frame");
        double u = rng.nextDouble();
        String use = u < 0.10 ? "operating" : u < 0.17 ? "mixed" : "other";
        basic.put("use", use);
        if (!use.equals("other")) {
            basic.put("businessTypes", List.of(BUSINESS.get(rng.nextInt(BUSINESS.size()))));
            basic.put("crowded", rng.nextDouble() < 0.3);
        }
        basic.put("vacant", rng.nextDouble() < 0.04);
        Map<String, Object> construction = new LinkedHashMap<>();
        construction.put("professionallyDesigned", period >= 4 && rng.nextDouble() < 0.4);
        construction.put("builderType", rng.nextDouble() < 0.6 ? "craftsman" : "self");
        boolean altered = rng.nextDouble() < 0.15;
        construction.put("altered", altered);
        if (altered) {
            construction.put("alterationTypes", List.of(rng.nextBoolean() ? "add_floor" : "extension"));
        }
        Map<String, Object> management = new LinkedHashMap<>();
        management.put("illegalConstruction", rng.nextDouble() < 0.05);
        management.put("illegalApproval", false);
        management.put("noPermits", rng.nextDouble() < 0.2);
        return new House(basic, construction, management);
    }

    /** A made-up personal name: a common surname and one or two given characters. */
    static String name(SplittableRandom rng) {
        StringBuilder b = new StringBuilder().append(SURNAMES.charAt(rng.nextInt(SURNAMES.length())));
        for (int k = rng.nextDouble() < 0.3 ? 1 : 2; k > 0; k--) {
            b.append(GIVEN.charAt(rng.nextInt(GIVEN.length())));
        }
        return b.toString();
    }
}
