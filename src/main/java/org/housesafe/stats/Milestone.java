package org.housesafe.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.Set;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.Status;

/**
 * The steps progress and reports count. Each counts a building once, at the first event that
 * reaches it: a re-survey after a returned recheck is not a second building surveyed.
 */
enum Milestone {
    SURVEYED,
    RECHECKED_DOCUMENT,
    RECHECKED_ONSITE,
    APPRAISED,
    CONTROLLED,
    RECTIFICATION_ORDERED,
    RECTIFICATION_STARTED,
    RECTIFIED,
    ACCEPTED,
    DEMOLISHED,
    CLOSED_OUT;

    /**
     * The milestones an event reaches: usually one, none, or two for an appraisal that closes
     * the case.
     *
     * @param before the status before the event, {@code after} the one it led to
     */
    static Set<Milestone> of(EventType type, JsonNode payload, Status before, Status after) {
        Set<Milestone> out = EnumSet.noneOf(Milestone.class);
        Milestone step = step(type, payload);
        if (step != null) {
            out.add(step);
        }
        if (after == Status.CLOSED && before != Status.CLOSED) {
            out.add(CLOSED_OUT);
        }
        return out;
    }

    private static Milestone step(EventType type, JsonNode payload) {
        return switch (type) {
            case SURVEY -> SURVEYED;
            case RECHECK -> switch (payload.path("kind").asText()) {
                case "document" -> RECHECKED_DOCUMENT;
                case "onsite" -> RECHECKED_ONSITE;
                default -> null;
            };
            case APPRAISAL -> APPRAISED;
            case CONTROL_MEASURE -> CONTROLLED;
            case RECTIFICATION_ORDER -> RECTIFICATION_ORDERED;
            case RECTIFICATION_START -> RECTIFICATION_STARTED;
            case RECTIFICATION_DONE -> RECTIFIED;
            case ACCEPTANCE -> ACCEPTED;
            case DEMOLITION -> DEMOLISHED;
            default -> null;
        };
    }
}
