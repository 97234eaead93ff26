package org.housesafe.bench;

import static org.housesafe.bench.CaseStory.payload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.housesafe.bench.CaseStory.Path;
import org.housesafe.building.AttributeSchema;
import org.housesafe.lifecycle.EventType;

/**
 * The steps of a {@link CaseStory} after registration, in the order the lifecycle allows, each at
 * least a day after the last, in office hours (UTC+8). The payloads use the codes of
 * {@link AttributeSchema} and the fields of the lifecycle actions; the attribute blocks filled
 * (survey, appraisal, rectification) agree with the events.
 */
final class CaseSteps {
    private static final List<String> HAZARDS = AttributeSchema.field(AttributeSchema.SURVEY, "hazardTypes")
            .orElseThrow().codes();
    private static final String[] AGENCIES = {"衡阳恒信房屋安全鉴定有限公司", "湖南湘南建设工程检测有限公司",
        "衡阳市安居建筑结构鉴定所"};

    private final CaseStory story;
    private final SplittableRandom rng;
    private final String inspector;
    private final String officer;
    private final String houseCode;
    private final double areaM2;

    CaseSteps(CaseStory story, String inspector, String officer, String houseCode, double areaM2) {
        this.story = story;
        this.rng = story.rng;
        this.inspector = inspector;
        this.officer = officer;
        this.houseCode = houseCode;
        this.areaM2 = areaM2;
    }

    void run() {
        surveyed();
        if (story.path == Path.SURVEYED) {
            return;
        }
        boolean hazard = !"none".equals(story.judgement);
        step(EventType.RECHECK, "district", payload("kind", "document", "result", hazard ? "hazard" : "no_hazard"));
        if (!hazard) {
            return;
        }
        story.deadline = story.date().plusDays(30);
        if (story.path == Path.AWAITING_APPRAISAL) {
            return;
        }
        appraised();
        if (story.path == Path.CLOSED_BY_APPRAISAL) {
            story.deadline = null;
            return;
        }
        if (story.path.demolition()) {
            demolished();
        } else if (story.path != Path.AWAITING_RECTIFICATION) {
            rectified();
        }
    }

    private void surveyed() {
        Map<String, Object> p = payload("judgement", story.judgement);
        List<String> hazards = new ArrayList<>();
        if (!"none".equals(story.judgement)) {
            hazards.add(HAZARDS.get(rng.nextInt(HAZARDS.size())));
            p.put("hazardTypes", hazards);
        }
        p.put("suggestAppraisal", !"none".equals(story.judgement));
        step(EventType.SURVEY, "inspector", p);
        story.survey.putAll(p);
        story.survey.put("hazardTypes", hazards);
        story.survey.put("surveyDate", story.date().toString());
        story.survey.put("inspector", inspector);
        if ("serious".equals(story.judgement)) {
            story.rectification.put("measures", List.of("stop_use", "evacuate", "cordon"));
            story.event(EventType.CONTROL_MEASURE, story.last().plusSeconds(3600), officer, "street_office",
                    payload("measures", List.of("stop_use", "evacuate", "cordon")));
        }
    }

    private void appraised() {
        story.grade = story.path.demolition() ? "D"
                : story.path == Path.CLOSED_BY_APPRAISAL ? "A" : rng.nextBoolean() ? "B" : "C";
        String recommendation = switch (story.grade) {
            case "A" -> "observe";
            case "D" -> "demolish";
            default -> "use_with_treatment";
        };
        Map<String, Object> p = payload("grade", story.grade, "agency", AGENCIES[rng.nextInt(AGENCIES.length)],
                "reportNo", "JD2022-" + houseCode.substring(9), "date", CaseStory.day(story.next(5, 20)).toString(),
                "recommendation", recommendation);
        step(EventType.APPRAISAL, "appraiser", p);
        story.appraisal.putAll(p);
        int days = switch (story.grade) {
            case "D" -> 30;
            case "C" -> 90;
            default -> 180;
        };
        story.deadline = "A".equals(story.grade) ? null : story.date().plusDays(days);
    }

    private void rectified() {
        story.rectification.put("measures", List.of("repair_reinforce"));
        story.rectification.put("responsible", officer);
        story.rectification.put("deadline", story.deadline.toString());
        step(EventType.RECTIFICATION_ORDER, "street_office", payload("measures", List.of("repair_reinforce"),
                "responsible", officer, "deadline", story.deadline.toString()));
        step(EventType.RECTIFICATION_START, "street_office", payload());
        story.rectification.put("progress", "in_progress");
        if (story.path.atLeast(Path.RECTIFIED)) {
            step(EventType.RECTIFICATION_DONE, "street_office",
                    payload("completedDate", CaseStory.day(story.next(10, 30)).toString()));
            story.rectification.put("completedDate", story.date().toString());
            story.rectification.put("progress", "done");
            story.deadline = null;
        }
        if (story.path == Path.CLOSED_AFTER_RECTIFICATION) {
            step(EventType.ACCEPTANCE, "street_office",
                    payload("acceptedDate", CaseStory.day(story.next(2, 10)).toString()));
            story.rectification.put("acceptedDate", story.date().toString());
        }
    }

    private void demolished() {
        story.batch = "2022年第" + (1 + rng.nextInt(6)) + "批危房拆除";
        story.rectification.put("measures", List.of("stop_use", "evacuate", "cordon", "demolish_all"));
        step(EventType.DEMOLITION_ORDER, "street_office",
                payload("deadline", story.deadline.toString(), "batch", story.batch));
        if (!story.path.atLeast(Path.DEMOLISHED)) {
            return;
        }
        step(EventType.DEMOLITION, "inspector", payload("date", CaseStory.day(story.next(5, 20)).toString(),
                "area", Math.round(areaM2 * 10) / 10.0, "batch", story.batch,
                "photos", List.of(houseCode + "-拆除-1.jpg")));
        story.deadline = null;
        story.rectification.put("progress", "done");
        if (story.path == Path.CLOSED_AFTER_DEMOLITION) {
            step(EventType.CLOSE_OUT, "district", payload());
        }
    }

    private void step(EventType type, String role, Map<String, Object> payload) {
        String actor = switch (role) {
            case "inspector" -> inspector;
            case "street_office" -> officer;
            case "appraiser" -> HouseMaker.name(rng);
            default -> "区住建局";
        };
        story.event(type, type == EventType.SURVEY ? story.next(10, 60) : story.next(1, 12), actor, role, payload);
    }
}
