package org.housesafe.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up people and agencies: owners, and the staff who act in the histories (one grid
 * inspector per community, two street-office staff per street, the district bureau's
 * rechecking staff, appraisers of three made-up agencies). Any likeness to real people or
 * firms is coincidence.
 */
final class People {
    private static final String SURNAMES = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭罗梁宋郑谢唐许邓冯曾彭蒋蔡贺肖廖谭邹龚阳颜易";
    private static final String GIVEN = "建国明华平军伟芳秀英桂兰春生德志永福海红玉梅文清新勇强林云辉斌丽萍娟霞湘衡冬松";

    /** Appraisal agencies (made up) with their appraisers. */
    record Agency(String name, List<String> appraisers) {
    }

    private final SplittableRandom rng;
    private final List<String> used = new ArrayList<>();
    private final List<String> district;
    private final List<Agency> agencies;

    People(SplittableRandom rng) {
        this.rng = rng;
        this.district = List.of(staff(), staff(), staff());
        this.agencies = List.of(
                new Agency("衡阳恒信房屋安全鉴定有限公司", List.of(staff(), staff())),
                new Agency("湖南湘南建设工程检测有限公司", List.of(staff(), staff())),
                new Agency("衡阳市安居建筑结构鉴定所", List.of(staff(), staff())));
    }

    /** A name for an owner, from the house's own generator: repeats are fine, as in life. */
    static String owner(SplittableRandom rng) {
        return name(rng);
    }

    /** An obviously fake mobile number: 138-0000-xxxx. */
    static String phone(SplittableRandom rng) {
        return String.format(java.util.Locale.ROOT, "1380000%04d", rng.nextInt(10_000));
    }

    /** A new, distinct staff name (so that a name identifies one actor in the histories). */
    String staff() {
        while (true) {
            String n = name(rng);
            if (!used.contains(n)) {
                used.add(n);
                return n;
            }
        }
    }

    List<String> district() {
        return district;
    }

    List<Agency> agencies() {
        return agencies;
    }

    private static String name(SplittableRandom rng) {
        StringBuilder b = new StringBuilder().append(SURNAMES.charAt(rng.nextInt(SURNAMES.length())));
        int given = rng.nextDouble() < 0.3 ? 1 : 2;
        for (int k = 0; k < given; k++) {
            b.append(GIVEN.charAt(rng.nextInt(GIVEN.length())));
        }
        return b.toString();
    }
}
