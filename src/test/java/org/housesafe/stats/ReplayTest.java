package org.housesafe.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.housesafe.lifecycle.DeadlineRules;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.Projection;
import org.housesafe.lifecycle.Status;
import org.junit.jupiter.api.Test;

/** Replaying a serious finding: the measures recorded with the survey do not meet its control deadline. */
class ReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant SURVEYED = Instant.parse("2022-06-01T02:00:00Z");
    private static final History.Facts FACTS = new History.Facts(UUID.randomUUID(), "430408003", null, "residential",
            "brick_concrete", "1991_2000", false, 80, 160.0);

    private final Replay replay = new Replay(DeadlineRules.DEFAULT);
    private final List<History.Entry> events = new ArrayList<>();

    private void add(EventType type, Instant at, String actor, String reason, String payload) throws Exception {
        events.add(new History.Entry(type, at, actor, reason, JSON.readTree(payload)));
    }

    private Projection.State replayed() {
        return replay.of(new History(FACTS, List.copyOf(events))).state();
    }

    @Test
    void the_control_deadline_stays_until_the_street_office_records_its_measures() throws Exception {
        add(EventType.SURVEY, SURVEYED, "inspector-1", null,
                "{\"judgement\":\"serious\",\"hazardTypes\":[\"load_bearing_cracks\"]}");
        add(EventType.CONTROL_MEASURE, SURVEYED, "inspector-1", Projection.SERIOUS_FINDING,
                "{\"measures\":[\"stop_use\",\"evacuate\",\"cordon\"]}");
        Projection.State afterSurvey = replayed();
        assertThat(afterSurvey.status()).isEqualTo(Status.SURVEYED);
        assertThat(afterSurvey.deadline()).isEqualTo(LocalDate.of(2022, 6, 2));

        add(EventType.CONTROL_MEASURE, SURVEYED.plusSeconds(3600), "street-1", "现场核实", "{\"measures\":[\"cordon\"]}");
        assertThat(replayed().deadline()).isNull();
    }
}
