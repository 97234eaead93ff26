package org.housesafe.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.housesafe.building.AttributeSchema;

/**
 * The fields each action requires in its payload, and their allowed values. A missing or bad
 * field is a 422 naming it. Codes come from {@link AttributeSchema} where the record shares them.
 */
final class ActionFields {
    private static final List<String> CONTROL = List.of("stop_use", "stop_business", "cordon", "evacuate");
    private static final List<String> RECHECK_KINDS = List.of("document", "onsite");
    private static final List<String> RECHECK_RESULTS = List.of("no_hazard", "hazard", "returned");
    private static final int MAX_PHOTOS = 20;

    private ActionFields() {
    }

    static void check(EventType action, JsonNode p) {
        List<String> known = KNOWN.getOrDefault(action, List.of());
        p.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw LifecycleException.field(name, "is not a field of " + action.code() + "; known: " + known);
            }
        });
        optionalText(p, "note", 500);
        optionalText(p, "batch", 200);
        switch (action) {
            case SURVEY -> {
                String judgement = code(p, "judgement", codes(AttributeSchema.SURVEY, "judgement"));
                if (!judgement.equals("none")) {
                    codes(p, "hazardTypes", codes(AttributeSchema.SURVEY, "hazardTypes"));
                }
                optionalCodes(p, "controlMeasures", CONTROL);
            }
            case CONTROL_MEASURE -> codes(p, "measures", CONTROL);
            case RECHECK -> {
                code(p, "kind", RECHECK_KINDS);
                code(p, "result", RECHECK_RESULTS);
            }
            case APPRAISAL -> {
                code(p, "grade", codes(AttributeSchema.APPRAISAL, "grade"));
                text(p, "agency");
                text(p, "reportNo");
                date(p, "date");
                code(p, "recommendation", codes(AttributeSchema.APPRAISAL, "recommendation"));
            }
            case RECTIFICATION_ORDER -> {
                codes(p, "measures", codes(AttributeSchema.RECTIFICATION, "measures"));
                text(p, "responsible");
                date(p, "deadline");
            }
            case RECTIFICATION_DONE -> date(p, "completedDate");
            case DEMOLITION_ORDER -> {
                if (p.hasNonNull("deadline")) {
                    date(p, "deadline");
                }
                if (p.hasNonNull("responsible")) {
                    text(p, "responsible");
                }
            }
            case ACCEPTANCE -> date(p, "acceptedDate");
            case DEMOLITION -> {
                date(p, "date");
                number(p, "area");
            }
            default -> { }
        }
        if (p.has("photos") || action == EventType.DEMOLITION) {
            photos(p);
        }
    }

    private static List<String> codes(String block, String field) {
        return AttributeSchema.field(block, field).orElseThrow().codes();
    }

    private static String code(JsonNode p, String field, List<String> allowed) {
        JsonNode v = p.get(field);
        if (v == null || !v.isTextual() || !allowed.contains(v.asText())) {
            throw LifecycleException.field(field, v == null || v.isNull() ? "is required; one of " + allowed
                    : "must be one of " + allowed);
        }
        return v.asText();
    }

    private static void codes(JsonNode p, String field, List<String> allowed) {
        JsonNode v = p.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw LifecycleException.field(field, "is required: a non-empty list of " + allowed);
        }
        optionalCodes(p, field, allowed);
    }

    private static void optionalCodes(JsonNode p, String field, List<String> allowed) {
        JsonNode v = p.get(field);
        if (v == null || v.isNull()) {
            return;
        }
        if (!v.isArray()) {
            throw LifecycleException.field(field, "must be a list of " + allowed);
        }
        for (JsonNode c : v) {
            if (!c.isTextual() || !allowed.contains(c.asText())) {
                throw LifecycleException.field(field, "must be a list of " + allowed);
            }
        }
    }

    private static void text(JsonNode p, String field) {
        JsonNode v = p.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank() || v.asText().length() > 200) {
            throw LifecycleException.field(field, "is required: text of 1 to 200 characters");
        }
    }

    private static void optionalText(JsonNode p, String field, int max) {
        JsonNode v = p.get(field);
        if (v != null && !v.isNull() && (!v.isTextual() || v.asText().length() > max)) {
            throw LifecycleException.field(field, "text of at most " + max + " characters");
        }
    }

    static LocalDate date(JsonNode p, String field) {
        JsonNode v = p.get(field);
        try {
            if (v != null && v.isTextual()) {
                return LocalDate.parse(v.asText());
            }
        } catch (DateTimeParseException e) {
            // falls through to the refusal
        }
        throw LifecycleException.field(field, "is required: a date YYYY-MM-DD");
    }

    private static void number(JsonNode p, String field) {
        JsonNode v = p.get(field);
        if (v == null || !v.isNumber() || !(v.asDouble() > 0) || v.asDouble() > 1e7) {
            throw LifecycleException.field(field, "is required: a positive number");
        }
    }

    /** Evidence: ids of photos uploaded to this building beforehand (at least one when present). */
    private static void photos(JsonNode p) {
        JsonNode v = p.get("photos");
        if (v == null || !v.isArray() || v.isEmpty() || v.size() > MAX_PHOTOS) {
            throw LifecycleException.field("photos", "is required: 1 to " + MAX_PHOTOS + " photo ids");
        }
        for (JsonNode id : v) {
            try {
                if (!id.isTextual() || id.asText().length() != 36) {
                    throw new IllegalArgumentException();
                }
                UUID.fromString(id.asText());
            } catch (IllegalArgumentException e) {
                throw LifecycleException.field("photos", "must be photo ids (UUIDs)");
            }
        }
    }

    /** Field names the payload of {@code action} may carry (others are refused). */
    static final Map<EventType, List<String>> KNOWN = Map.ofEntries(
            known(EventType.SURVEY, "judgement", "hazardTypes", "suggestAppraisal", "controlMeasures"),
            known(EventType.CONTROL_MEASURE, "measures"),
            known(EventType.RECHECK, "kind", "result"),
            known(EventType.APPRAISAL, "grade", "agency", "reportNo", "date", "recommendation"),
            known(EventType.RECTIFICATION_ORDER, "measures", "responsible", "deadline"),
            known(EventType.RECTIFICATION_START),
            known(EventType.RECTIFICATION_DONE, "completedDate"),
            known(EventType.ACCEPTANCE, "acceptedDate"),
            known(EventType.DEMOLITION_ORDER, "deadline", "batch", "responsible"),
            known(EventType.DEMOLITION, "date", "area", "batch"),
            known(EventType.CLOSE_OUT),
            known(EventType.WITHDRAWAL));

    /** An action's own fields plus those every action may carry: a note and photos as evidence. */
    private static Map.Entry<EventType, List<String>> known(EventType action, String... fields) {
        List<String> all = new java.util.ArrayList<>(List.of(fields));
        all.addAll(List.of("photos", "note"));
        return Map.entry(action, List.copyOf(all));
    }
}
