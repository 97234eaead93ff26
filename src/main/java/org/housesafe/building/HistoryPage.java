package org.housesafe.building;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import org.housesafe.lifecycle.Event;

/**
 * One page of {@code GET /api/events}, written while the events stream in:
 * {@code {events: [{buildingId, seq, …}], numberReturned, links: [self, next?]}}. Each event has
 * the shape of {@code GET /api/buildings/{id}/events} plus {@code buildingId}, owners masked alike.
 * The store returns one event more than asked: if it comes, the next link starts after the last
 * event written.
 */
final class HistoryPage {
    private static final String JSON = "application/json";

    private final Context ctx;
    private final HistoryQuery query;
    private final boolean masked;

    HistoryPage(Context ctx, HistoryQuery query, boolean masked) {
        this.ctx = ctx;
        this.query = query;
        this.masked = masked;
    }

    void write(JsonGenerator json, BuildingStore store) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("events");
        int[] written = {0};
        Event[] last = {null};
        boolean[] more = {false};
        store.histories(query, e -> {
            if (written[0] == query.limit()) {
                more[0] = true;
                return;
            }
            BuildingJson.writeEventOf(json, e, masked);
            written[0]++;
            last[0] = e;
        });
        json.writeEndArray();
        json.writeNumberField("numberReturned", written[0]);
        json.writeArrayFieldStart("links");
        FeaturePage.link(json, "self", FeaturePage.pageHref(ctx, null), JSON);
        if (more[0]) {
            String after = new HistoryQuery.Position(last[0].buildingId(), last[0].seq()).text();
            FeaturePage.link(json, "next", FeaturePage.pageHref(ctx, after), JSON);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
