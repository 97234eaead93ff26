package org.housesafe.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.housesafe.building.AttributeSchema;

/**
 * How one event changes a building's current state: the lifecycle columns and the survey,
 * appraisal and rectification blocks. The building row is this projection of its history.
 */
public final class Projection {
    /** The reason recorded with the control measures of a serious finding. */
    public static final String SERIOUS_FINDING = "serious finding";
    private static final List<String> DEFAULT_CONTROL = List.of("stop_use", "evacuate", "cordon");
    private static final String DEMOLISH_ALL = "demolish_all";

    /** The parts of a building an event may change. */
    public record State(Status status, Judgement judgement, Grade grade, LocalDate deadline, String batch,
                        ObjectNode attributes, Instant surveyedAt) {
        /**
         * 逾期, the one meaning everywhere: the current deadline — control measures after a serious
         * finding, appraisal, rectification or demolition — is before {@code day} (a finished step
         * has none). The {@code overdue} filter asks the same of the stored column.
         */
        public boolean overdueOn(LocalDate day) {
            return deadline != null && deadline.isBefore(day);
        }
    }

    private Projection() {
    }

    /** The state after {@code outcome}; {@code attributes} of the input is not modified. */
    public static State apply(State s, Lifecycle.Outcome outcome, JsonNode p, Instant at, String actor,
                              DeadlineRules rules) {
        ObjectNode attrs = s.attributes().deepCopy();
        Judgement judgement = s.judgement();
        Grade grade = s.grade();
        LocalDate deadline = s.deadline();
        String batch = s.batch();
        Instant surveyedAt = s.surveyedAt();
        LocalDate day = at.atZone(rules.zone()).toLocalDate();
        switch (outcome.action()) {
            case SURVEY -> {
                judgement = Coded.byCode(Judgement.class, p.get("judgement").asText()).orElseThrow();
                ObjectNode survey = attrs.putObject(AttributeSchema.SURVEY);
                survey.put("judgement", judgement.code());
                copy(p, survey, "hazardTypes");
                copy(p, survey, "suggestAppraisal");
                survey.put("surveyDate", day.toString());
                survey.put("inspector", actor);
                surveyedAt = surveyedAt == null ? at : surveyedAt;
                deadline = null;
                if (judgement == Judgement.SERIOUS) {
                    // the measures are in place at once; the deadline stays until the street office confirms them
                    addMeasures(attrs, seriousFindingMeasures(p).get("measures"));
                    deadline = rules.control(at);
                }
            }
            case CONTROL_MEASURE -> {
                addMeasures(attrs, p.get("measures"));
                if (s.status() == Status.SURVEYED || s.status() == Status.UNSURVEYED) {
                    deadline = null;    // the control deadline of a serious finding is met
                }
            }
            case RECHECK -> deadline = outcome.to() == Status.AWAITING_APPRAISAL
                    ? (s.status() == Status.AWAITING_APPRAISAL ? s.deadline() : rules.appraisal(at)) : null;
            case APPRAISAL -> {
                grade = Coded.byCode(Grade.class, p.get("grade").asText()).orElseThrow();
                ObjectNode appraisal = attrs.putObject(AttributeSchema.APPRAISAL);
                for (String f : new String[] {"grade", "agency", "reportNo", "date", "recommendation"}) {
                    copy(p, appraisal, f);
                }
                deadline = Lifecycle.closesCase(p) ? null
                        : rules.rectification(grade, ActionFields.date(p, "date"));
            }
            case RECTIFICATION_ORDER -> {
                addMeasures(attrs, p.get("measures"));
                ObjectNode r = rectification(attrs);
                r.put("responsible", p.get("responsible").asText());
                r.put("deadline", p.get("deadline").asText());
                r.put("progress", "pending");
                deadline = LocalDate.parse(p.get("deadline").asText());
            }
            case RECTIFICATION_START -> rectification(attrs).put("progress", "in_progress");
            case RECTIFICATION_DONE -> {
                rectification(attrs).put("progress", "done").put("completedDate", p.get("completedDate").asText());
                deadline = null;
            }
            case ACCEPTANCE -> {
                rectification(attrs).put("acceptedDate", p.get("acceptedDate").asText());
                deadline = null;
            }
            case DEMOLITION_ORDER -> {
                addMeasures(attrs, JsonNodeFactory.instance.arrayNode().add(DEMOLISH_ALL));
                ObjectNode r = rectification(attrs);
                if (p.hasNonNull("responsible")) {
                    r.put("responsible", p.get("responsible").asText());
                }
                if (p.hasNonNull("deadline")) {
                    r.put("deadline", p.get("deadline").asText());
                    deadline = LocalDate.parse(p.get("deadline").asText());
                }
                r.put("progress", "pending");
                batch = p.hasNonNull("batch") ? p.get("batch").asText() : batch;
            }
            case DEMOLITION -> {
                rectification(attrs).put("progress", "done").put("completedDate", p.get("date").asText());
                batch = p.hasNonNull("batch") ? p.get("batch").asText() : batch;
                deadline = null;
            }
            default -> { }
        }
        if (outcome.to() == Status.CLOSED || outcome.to() == Status.ARCHIVED_SAFE || outcome.to() == Status.WITHDRAWN) {
            deadline = null;
        }
        return new State(outcome.to(), judgement, grade, deadline, batch, attrs, surveyedAt);
    }

    /**
     * The control measures a serious finding puts in place, as the payload of the
     * {@code control_measure} event recorded with the survey: those the surveyor named in
     * {@code controlMeasures}, else stop use, evacuate and cordon. That event only records them:
     * the survey's projection has already applied them, and the control deadline stays until the
     * street office (or district) records its own {@code control_measure}.
     */
    public static ObjectNode seriousFindingMeasures(JsonNode survey) {
        ObjectNode control = JsonNodeFactory.instance.objectNode();
        ArrayNode measures = control.putArray("measures");
        if (survey.has("controlMeasures") && !survey.get("controlMeasures").isEmpty()) {
            survey.get("controlMeasures").forEach(m -> measures.add(m.asText()));
        } else {
            DEFAULT_CONTROL.forEach(measures::add);
        }
        return control;
    }

    private static ObjectNode rectification(ObjectNode attrs) {
        return attrs.has(AttributeSchema.RECTIFICATION) && attrs.get(AttributeSchema.RECTIFICATION).isObject()
                ? (ObjectNode) attrs.get(AttributeSchema.RECTIFICATION) : attrs.putObject(AttributeSchema.RECTIFICATION);
    }

    private static void addMeasures(ObjectNode attrs, JsonNode measures) {
        ObjectNode r = rectification(attrs);
        Set<String> all = new LinkedHashSet<>();
        r.path("measures").forEach(m -> all.add(m.asText()));
        measures.forEach(m -> all.add(m.asText()));
        ArrayNode out = r.putArray("measures");
        all.forEach(out::add);
    }

    private static void copy(JsonNode from, ObjectNode to, String field) {
        if (from.hasNonNull(field)) {
            to.set(field, from.get(field).deepCopy());
        }
    }
}
