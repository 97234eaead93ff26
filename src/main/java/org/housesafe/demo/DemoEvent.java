package org.housesafe.demo;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.housesafe.lifecycle.EventType;

/** One history entry as written: the shape of {@code GET /api/buildings/{id}/events}, without seq. */
record DemoEvent(EventType type, Instant occurredAt, String actor, String role, String reason,
                 Map<String, Object> payload) {

    static final String INSPECTOR = "inspector";
    static final String STREET_OFFICE = "street_office";
    static final String DISTRICT = "district";
    static final String APPRAISER = "appraiser";

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type.code());
        m.put("occurredAt", DateTimeFormatter.ISO_INSTANT.format(occurredAt));
        m.put("actor", actor);
        m.put("role", role);
        m.put("reason", reason);
        m.put("payload", payload);
        return m;
    }
}
