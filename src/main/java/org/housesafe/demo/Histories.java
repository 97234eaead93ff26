package org.housesafe.demo;

import static org.housesafe.demo.DemoEvent.APPRAISER;
import static org.housesafe.demo.DemoEvent.DISTRICT;
import static org.housesafe.demo.DemoEvent.INSPECTOR;
import static org.housesafe.demo.DemoEvent.STREET_OFFICE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.housesafe.demo.CaseMix.Case;
import org.housesafe.demo.CaseMix.Path;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Projection;
import org.housesafe.lifecycle.Status;

/**
 * The history of a surveyed house along its {@link Path}, dated inside the 2022 campaign, and
 * the lifecycle blocks (survey, rectification, appraisal), status and deadline that follow
 * from it. Event order follows DOMAIN.md's lifecycle:
 * survey → [control_measure recorded with a serious survey → control_measure by the street office]
 * → recheck (document; then onsite for operating houses)
 * → appraisal → rectification_order → rectification_start → rectification_done → acceptance,
 * or → rectification_order → demolition_order → demolition → acceptance.
 */
final class Histories {
    static final String VACANT_BATCH = "空置危房拆除";

    /** Who works on one community's houses. */
    record Crew(String inspector, List<String> streetOffice) {
    }

    /** What the history needs to know of the house. */
    record Subject(String houseCode, double floorArea, List<String> hazardTypes) {
    }

    record History(List<DemoEvent> events, Status status, LocalDate deadline, String batch,
                   Map<String, Object> survey, Map<String, Object> rectification, Map<String, Object> appraisal) {
    }

    private Histories() {
    }

    static History of(Case c, Subject s, Crew crew, People people, SplittableRandom rng) {
        return new Run(c, s, crew, people, rng).history();
    }

    /** One history being written. */
    private static final class Run {
        private final Case c;
        private final Subject s;
        private final Crew crew;
        private final People people;
        private final SplittableRandom rng;
        private final Schedule time;
        private final List<DemoEvent> events = new ArrayList<>();
        private final List<String> measures = new ArrayList<>();
        private final Map<String, Object> appraisal = new LinkedHashMap<>();
        private LocalDate surveyDate;
        private LocalDate hazardRecheck;
        private LocalDate rectificationDeadline;
        private LocalDate completed;
        private LocalDate accepted;
        private String controlOfficer;

        Run(Case c, Subject s, Crew crew, People people, SplittableRandom rng) {
            this.c = c;
            this.s = s;
            this.crew = crew;
            this.people = people;
            this.rng = rng;
            this.time = new Schedule(rng);
        }

        History history() {
            boolean hazard = c.judgement().isHazard();
            LocalDate[] window = surveyWindow();
            survey(time.start(window[0], window[1]));
            if (serious()) {
                // the street office confirms the measures are carried out, which meets the 24 h deadline
                controlOfficer = officer();
                add(EventType.CONTROL_MEASURE, time.soon(), controlOfficer, STREET_OFFICE,
                        "初判存在严重安全隐患，立即采取管控措施", Map.of("measures", control()));
            }
            if (c.path() != Path.SURVEYED) {
                rechecks(hazard);
            }
            if (c.grade() != null) {
                appraise();
            }
            if (c.grade() != null && c.withWorks()) {
                rectify();
            }
            time.requireWithinCampaign();
            return new History(List.copyOf(events), c.path().status, deadline(), batch(), surveyBlock(),
                    rectificationBlock(), appraisal);
        }

        private LocalDate[] surveyWindow() {
            LocalDate from = Schedule.CAMPAIGN_START;
            LocalDate to = switch (c.path()) {
                case SURVEYED -> LocalDate.of(2022, 8, 28);
                case SAFE -> LocalDate.of(2022, 8, 5);
                case SAFE_AFTER_RETURN -> LocalDate.of(2022, 7, 10);
                case AWAITING_APPRAISAL -> LocalDate.of(2022, 8, 10);
                default -> LocalDate.of(2022, 6, 8);     // long histories start early
            };
            if (c.path() == Path.SURVEYED) {
                from = LocalDate.of(2022, 7, 5);         // the houses not yet rechecked are the recent ones
            } else if (c.path() == Path.AWAITING_APPRAISAL) {
                from = c.operating() ? LocalDate.of(2022, 6, 12) : LocalDate.of(2022, 6, 20);
            }
            if (c.operating() && to.isAfter(Schedule.OPERATING_SURVEYS_DUE)) {
                to = Schedule.OPERATING_SURVEYS_DUE;
            }
            return new LocalDate[] {from, to};
        }

        private void survey(Instant at) {
            surveyDate = time.date();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("judgement", c.judgement().code());
            p.put("hazardTypes", s.hazardTypes());
            p.put("suggestAppraisal", c.judgement().isHazard());
            if (serious()) {
                p.put("controlMeasures", control());
            }
            rng.nextInt(2);     // once the number of photos cited; still drawn so that the rest of the data stays as it was
            add(EventType.SURVEY, at, crew.inspector(), INSPECTOR, null, p);
            if (serious()) {
                // what the write path records with a serious survey: the measures it puts in place at once
                control().stream().filter(m -> !measures.contains(m)).forEach(measures::add);
                add(EventType.CONTROL_MEASURE, at, crew.inspector(), INSPECTOR, Projection.SERIOUS_FINDING,
                        Map.of("measures", control()));
            }
        }

        private boolean serious() {
            return c.judgement() == Judgement.SERIOUS;
        }

        /** A serious finding's control measures: nobody to evacuate from a vacant house. */
        private List<String> control() {
            return c.vacant() ? List.of("stop_use", "cordon") : List.of("stop_use", "evacuate", "cordon");
        }

        private void rechecks(boolean hazard) {
            if (c.path() == Path.SAFE_AFTER_RETURN) {
                add(EventType.RECHECK, time.after(3, 10), district(), DISTRICT,
                        "照片缺失、结构信息不全，退回重新排查", recheck("document", "returned"));
                survey(time.after(2, 7));
            }
            String result = hazard ? "hazard" : "no_hazard";
            add(EventType.RECHECK, time.after(hazard ? 1 : 3, hazard ? 7 : 12), district(), DISTRICT, null,
                    recheck("document", result));
            hazardRecheck = hazard ? time.date() : null;
            if (c.operating()) {
                // the district's on-site check of every operating house (入户抽查) confirms the document recheck
                add(EventType.RECHECK, time.after(1, 6), district(), DISTRICT, null, recheck("onsite", result));
            }
        }

        private void appraise() {
            Instant at = time.after(5, 20);
            People.Agency agency = people.agencies().get(rng.nextInt(people.agencies().size()));
            appraisal.put("grade", c.grade().code());
            appraisal.put("agency", agency.name());
            appraisal.put("reportNo", "JD2022-" + s.houseCode().substring(6));
            appraisal.put("date", time.date().toString());
            appraisal.put("recommendation", Remedies.recommendation(c, rng));
            String appraiser = agency.appraisers().get(rng.nextInt(agency.appraisers().size()));
            add(EventType.APPRAISAL, at, appraiser, APPRAISER, null, new LinkedHashMap<>(appraisal));
            if (time.date().isAfter(hazardRecheck.plusDays(30))) {
                throw new IllegalStateException("demo appraisal later than 30 days after the recheck");
            }
        }

        private void rectify() {
            LocalDate appraised = time.date();
            rectificationDeadline = appraised.plusDays(Remedies.rectificationDays(c.grade()));
            Remedies.works(c, rng).stream().filter(m -> !measures.contains(m)).forEach(measures::add);
            Map<String, Object> order = new LinkedHashMap<>();
            order.put("measures", List.copyOf(measures));
            order.put("deadline", rectificationDeadline.toString());
            order.put("responsible", responsible());
            add(EventType.RECTIFICATION_ORDER, time.after(1, 3), officer(), STREET_OFFICE, null, order);
            if (c.path().demolition()) {
                demolish();
                return;
            }
            if (c.path() == Path.AWAITING_RECTIFICATION) {
                return;
            }
            add(EventType.RECTIFICATION_START, time.after(2, 8), officer(), STREET_OFFICE, null, Map.of());
            if (c.path() == Path.RECTIFYING) {
                return;
            }
            Instant done = c.grade() == Grade.D ? time.after(5, 12) : time.after(10, 25);
            completed = time.date();
            Map<String, Object> finished = new LinkedHashMap<>();
            finished.put("completedDate", completed.toString());
            add(EventType.RECTIFICATION_DONE, done, officer(), STREET_OFFICE, null, finished);
            if (c.path() == Path.CLOSED_AFTER_RECTIFICATION) {
                accept(time.after(2, 7));
            }
        }

        private void demolish() {
            Map<String, Object> order = new LinkedHashMap<>();
            order.put("deadline", rectificationDeadline.toString());
            if (c.vacant()) {
                order.put("batch", VACANT_BATCH);
            }
            add(EventType.DEMOLITION_ORDER, time.after(1, 4), officer(), STREET_OFFICE, "整幢危房，鉴定建议整体拆除",
                    order);
            if (c.path() == Path.DEMOLITION_ORDERED) {
                return;
            }
            Instant at = time.after(3, 12);
            completed = time.date();
            add(EventType.DEMOLITION, at, crew.inspector(), INSPECTOR, null,
                    Sheds.demolitionPayload(completed, s.floorArea(), VACANT_BATCH));
            if (c.path() == Path.CLOSED_AFTER_DEMOLITION) {
                accept(time.after(2, 6));
            }
        }

        private void accept(Instant at) {
            accepted = time.date();
            add(EventType.ACCEPTANCE, at, officer(), STREET_OFFICE, null, Map.of("acceptedDate", accepted.toString()));
        }

        /** Who answers for the works: the officer who confirmed the control measures, else one picked now. */
        private String responsible() {
            if (controlOfficer == null) {
                controlOfficer = officer();
            }
            return controlOfficer;
        }

        /**
         * DOMAIN.md: appraisal due 30 days after the hazard recheck; rectification by grade until
         * the works are done or the house is down (a serious finding's 24 h are met by then).
         */
        private LocalDate deadline() {
            return switch (c.path().status) {
                case AWAITING_APPRAISAL -> hazardRecheck.plusDays(30);
                case AWAITING_RECTIFICATION, RECTIFYING, DEMOLITION_ORDERED -> rectificationDeadline;
                default -> null;
            };
        }

        private String batch() {
            return c.path() == Path.DEMOLISHED || c.path() == Path.CLOSED_AFTER_DEMOLITION ? VACANT_BATCH : null;
        }

        private Map<String, Object> surveyBlock() {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("judgement", c.judgement().code());
            b.put("hazardTypes", s.hazardTypes());
            b.put("suggestAppraisal", c.judgement().isHazard());
            b.put("surveyDate", surveyDate.toString());
            b.put("inspector", crew.inspector());
            return b;
        }

        private Map<String, Object> rectificationBlock() {
            Map<String, Object> b = new LinkedHashMap<>();
            if (measures.isEmpty()) {
                return b;
            }
            b.put("measures", List.copyOf(measures));
            if (rectificationDeadline == null) {
                return b;       // control measures only: no order yet names who answers for works
            }
            b.put("responsible", controlOfficer);
            putDate(b, "deadline", rectificationDeadline);
            putDate(b, "completedDate", completed);
            putDate(b, "acceptedDate", accepted);
            b.put("progress", switch (c.path()) {
                case RECTIFYING -> "in_progress";
                case RECTIFIED, CLOSED_AFTER_RECTIFICATION, DEMOLISHED, CLOSED_AFTER_DEMOLITION -> "done";
                default -> "pending";
            });
            return b;
        }

        private static void putDate(Map<String, Object> b, String key, LocalDate date) {
            if (date != null) {
                b.put(key, date.toString());
            }
        }

        private static Map<String, Object> recheck(String kind, String result) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("kind", kind);
            p.put("result", result);
            return p;
        }

        private String officer() {
            return crew.streetOffice().get(rng.nextInt(crew.streetOffice().size()));
        }

        private String district() {
            return people.district().get(rng.nextInt(people.district().size()));
        }

        private void add(EventType type, Instant at, String actor, String role, String reason,
                         Map<String, Object> payload) {
            events.add(new DemoEvent(type, at, actor, role, reason, payload));
        }
    }
}
