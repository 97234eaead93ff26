package org.housesafe.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.housesafe.lifecycle.EventType;

/**
 * The history of one synthetic building, drawn along a legal path of the lifecycle (DOMAIN.md)
 * during the 2022 campaign: 30 % never surveyed, most surveyed houses archived safe after a
 * recheck, a few percent appraised, rectified, demolished and closed out ({@link CaseSteps}).
 */
final class CaseStory {
    /** Where a history ends; {@code weight} is per mille of all buildings. */
    enum Path {
        UNSURVEYED(300, "unsurveyed"), SURVEYED(100, "surveyed"), SAFE(520, "archived_safe"),
        AWAITING_APPRAISAL(20, "awaiting_appraisal"), CLOSED_BY_APPRAISAL(10, "closed"),
        AWAITING_RECTIFICATION(15, "awaiting_rectification"), RECTIFYING(10, "rectifying"), RECTIFIED(8, "rectified"),
        CLOSED_AFTER_RECTIFICATION(8, "closed"), DEMOLITION_ORDERED(4, "demolition_ordered"),
        DEMOLISHED(3, "demolished"), CLOSED_AFTER_DEMOLITION(2, "closed");

        final int weight;
        final String status;

        Path(int weight, String status) {
            this.weight = weight;
            this.status = status;
        }

        boolean atLeast(Path p) {
            return ordinal() >= p.ordinal();
        }

        boolean demolition() {
            return atLeast(DEMOLITION_ORDERED);
        }
    }

    private static final Instant REGISTERED = LocalDate.of(2022, 5, 10).atStartOfDay().toInstant(ZoneOffset.UTC);

    final Path path;
    final String judgement;
    String grade;
    LocalDate deadline;
    String batch;
    final Map<String, Object> survey = new LinkedHashMap<>();
    final Map<String, Object> appraisal = new LinkedHashMap<>();
    final Map<String, Object> rectification = new LinkedHashMap<>();
    final List<Map<String, Object>> events = new ArrayList<>();
    final SplittableRandom rng;
    private Instant last;

    private CaseStory(Path path, SplittableRandom rng) {
        this.path = path;
        this.rng = rng;
        boolean hazard = path.atLeast(Path.AWAITING_APPRAISAL) || path == Path.SURVEYED && rng.nextDouble() < 0.15;
        boolean serious = path.demolition() || hazard && rng.nextDouble() < 0.12;
        this.judgement = path == Path.UNSURVEYED ? null : serious ? "serious" : hazard ? "some" : "none";
    }

    /** Draws the path and every step of one building's history. */
    static CaseStory draw(SplittableRandom rng, String inspector, String officer, String houseCode, double areaM2) {
        int pick = rng.nextInt(1000);
        Path path = Path.UNSURVEYED;
        for (Path p : Path.values()) {
            pick -= p.weight;
            if (pick < 0) {
                path = p;
                break;
            }
        }
        CaseStory s = new CaseStory(path, rng);
        s.last = REGISTERED.plusSeconds(60L * rng.nextInt(600));
        s.event(EventType.CREATED, s.last, "基础数据导入", "district", Map.of());
        if (path != Path.UNSURVEYED) {
            new CaseSteps(s, inspector, officer, houseCode, areaM2).run();
        }
        return s;
    }

    /** The time of the last event. */
    Instant last() {
        return last;
    }

    /** A time {@code min}–{@code max} days after the last step, 08:30–17:30 China time. */
    Instant next(int min, int max) {
        long day = last.getEpochSecond() / 86_400 + min + rng.nextInt(max - min + 1);
        last = Instant.ofEpochSecond(day * 86_400 + 30 * 60 + 60L * rng.nextInt(540));
        return last;
    }

    LocalDate date() {
        return day(last);
    }

    /** The day of {@code t} in China (UTC+8). */
    static LocalDate day(Instant t) {
        return t.atOffset(ZoneOffset.ofHours(8)).toLocalDate();
    }

    void event(EventType type, Instant at, String actor, String role, Map<String, Object> payload) {
        last = at;
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", type.code());
        e.put("occurredAt", at.toString());
        e.put("actor", actor);
        e.put("role", role);
        e.put("payload", payload);
        events.add(e);
    }

    static Map<String, Object> payload(Object... pairs) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            p.put((String) pairs[k], pairs[k + 1]);
        }
        return p;
    }
}
