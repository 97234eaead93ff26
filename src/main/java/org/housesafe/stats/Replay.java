package org.housesafe.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.housesafe.lifecycle.DeadlineRules;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Lifecycle;
import org.housesafe.lifecycle.Projection;
import org.housesafe.lifecycle.Status;

/**
 * Replays a stored history through the same {@link Projection} the writes use, so that a
 * building's state at any past moment is what its row said then. Stored events were checked
 * when written and are not checked again: the state each leads to comes from the
 * {@link Lifecycle} table by action and outcome.
 */
final class Replay {
    private final DeadlineRules rules;

    Replay(DeadlineRules rules) {
        this.rules = rules;
    }

    Timeline of(History h) {
        Projection.State state = new Projection.State(Status.UNSURVEYED, null, null, null, null,
                JsonNodeFactory.instance.objectNode(), null);
        Map<Milestone, Instant> firsts = new EnumMap<>(Milestone.class);
        Instant last = null;
        Grade appraised = null;
        double demolishedArea = 0;
        String batch = null;
        for (History.Entry e : h.events()) {
            last = e.occurredAt();
            if (e.type() == null) {
                continue;
            }
            Status to = to(e.type(), e.payload(), state.status());
            // the control measures recorded with a serious survey: the survey has applied them, and
            // the control deadline stays until the street office records its own
            Projection.State next = e.recordsSeriousFinding() ? state : apply(state, e, to);
            for (Milestone m : Milestone.of(e.type(), e.payload(), state.status(), to)) {
                if (firsts.putIfAbsent(m, e.occurredAt()) != null) {
                    continue;
                }
                if (m == Milestone.APPRAISED) {
                    appraised = next.grade();
                } else if (m == Milestone.DEMOLISHED) {
                    demolishedArea = e.payload().path("area").asDouble(h.facts().floorAreaOrZero());
                    batch = next.batch();
                }
            }
            state = next;
        }
        return new Timeline(h.facts(), state, last, firsts, appraised, demolishedArea, batch);
    }

    /**
     * The state after {@code e}. An imported history may lack a field a write would require
     * (the demo's acceptances carry no date): its status still counts, the rest stays.
     */
    private Projection.State apply(Projection.State s, History.Entry e, Status to) {
        try {
            return Projection.apply(s, new Lifecycle.Outcome(e.type(), to), e.payload(), e.occurredAt(), e.actor(), rules);
        } catch (RuntimeException incomplete) {
            return new Projection.State(to, s.judgement(), s.grade(), s.deadline(), s.batch(), s.attributes(),
                    s.surveyedAt());
        }
    }

    /** The status an action leads to: its row of the lifecycle table; no row, or "stays": {@code from}. */
    private static Status to(EventType action, JsonNode payload, Status from) {
        String variant = Lifecycle.variant(action, payload);
        return Lifecycle.rules().stream()
                .filter(r -> r.action() == action && (r.variant() == null || r.variant().equals(variant)))
                .map(Lifecycle.Rule::to).filter(Objects::nonNull).findFirst().orElse(from);
    }
}
