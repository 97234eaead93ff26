package org.housesafe.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * DOMAIN.md's lifecycle as a table, to replay a demo history and get the status it must end in.
 * Written independently of the generator, which only states the final status.
 * A row is {@code from | step | role → to}; a step is the event type, refined for a recheck
 * (kind and result) and an appraisal (whether it closes the case or calls for works).
 */
final class LifecycleReplay {
    private static final List<String> TABLE = List.of(
            "unsurveyed             | survey                  | inspector     → surveyed",
            "surveyed               | survey                  | inspector     → surveyed",
            "*                      | control_measure         | street_office → *",
            // the measures a serious survey puts in place, recorded by the write path in the surveyor's name
            "surveyed               | control_measure         | inspector     → surveyed",
            "surveyed               | recheck:document:no_hazard | district   → archived_safe",
            "surveyed               | recheck:document:hazard | district      → awaiting_appraisal",
            "surveyed               | recheck:document:returned | district    → surveyed",
            // the on-site spot check of an operating house confirms the document recheck
            "archived_safe          | recheck:onsite:no_hazard | district     → archived_safe",
            "awaiting_appraisal     | recheck:onsite:hazard   | district      → awaiting_appraisal",
            "awaiting_appraisal     | appraisal:closes        | appraiser     → closed",
            "awaiting_appraisal     | appraisal:works         | appraiser     → awaiting_rectification",
            "awaiting_rectification | rectification_order     | street_office → awaiting_rectification",
            "awaiting_rectification | rectification_start     | street_office → rectifying",
            "rectifying             | rectification_done      | street_office → rectified",
            "rectified              | acceptance              | street_office → closed",
            "awaiting_rectification | demolition_order        | street_office → demolition_ordered",
            // the sheds around the campus were ordered down without a survey
            "unsurveyed             | demolition_order        | street_office → demolition_ordered",
            "demolition_ordered     | demolition              | inspector     → demolished",
            "demolished             | acceptance              | street_office → closed",
            "demolished             | close_out               | district      → closed");

    private static final Map<String, String> NEXT = index();

    private LifecycleReplay() {
    }

    /**
     * The status after {@code events}, starting unsurveyed.
     *
     * @throws IllegalStateException naming the first event the table does not allow
     */
    static String replay(List<JsonNode> events) {
        String state = "unsurveyed";
        for (JsonNode e : events) {
            String step = step(e) + "|" + e.get("role").asText();
            String to = NEXT.getOrDefault(state + "|" + step, NEXT.get("*|" + step));
            if (to == null) {
                throw new IllegalStateException("no transition from " + state + " by " + step);
            }
            state = to.equals("*") ? state : to;
        }
        return state;
    }

    private static String step(JsonNode e) {
        String type = e.get("type").asText();
        JsonNode p = e.get("payload");
        return switch (type) {
            case "recheck" -> type + ":" + p.get("kind").asText() + ":" + p.get("result").asText();
            case "appraisal" -> type + (p.get("grade").asText().equals("A")
                    || p.get("grade").asText().equals("B") && p.get("recommendation").asText().equals("observe")
                    ? ":closes" : ":works");
            default -> type;
        };
    }

    private static Map<String, String> index() {
        Map<String, String> out = new TreeMap<>();
        for (String row : TABLE) {
            String[] sides = row.split("→");
            String[] from = sides[0].split("\\|");
            out.put(from[0].trim() + "|" + from[1].trim() + "|" + from[2].trim(), sides[1].trim());
        }
        return out;
    }
}
