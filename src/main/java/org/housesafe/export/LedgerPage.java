package org.housesafe.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.housesafe.account.Caller;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.building.BuildingQueryParser;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.JsonStream;

/**
 * One page of the hazard ledger (台账), the answer of {@code GET /api/ledger}: the ledger's
 * columns with their headers, the rows of the filter in the chosen order (cells as the Excel
 * export writes them, dates as {@code yyyy-MM-dd}), and the counts at the top.
 */
final class LedgerPage {
    /** The parameters of a page besides the filter. */
    static final Set<String> PARAMETERS = Set.of("sort", "order", "limit", "offset", LedgerFilter.PHOTO_FLAGS);
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;
    private static final long MAX_OFFSET = 100_000_000L;

    private final ExportStore store;
    private final AdminUnitStore units;

    LedgerPage(ExportStore store, AdminUnitStore units) {
        this.store = store;
        this.units = units;
    }

    /** Answers the page of {@code filter} the request's {@link #PARAMETERS} ask for. */
    void send(Context ctx, Caller caller, LedgerFilter filter, LocalDate today) throws IOException {
        Map<String, List<String>> params = ctx.queryParamMap();
        LedgerSort sort = LedgerSort.parse(params);
        int limit = (int) number(params, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        long offset = number(params, "offset", 0, 0, MAX_OFFSET);
        LedgerCounts counts = store.ledgerCounts(filter, today);
        String title = LedgerColumns.title(ExportArea.of(filter.buildings(), caller.scope(), units), today, counts.total());
        JsonStream.send(ctx, "application/json", json -> {
            json.writeStartObject();
            json.writeStringField("title", title);
            json.writeStringField("today", today.toString());
            columns(json);
            json.writeNumberField("numberMatched", counts.total());
            json.writeObjectFieldStart("counts");
            json.writeNumberField("total", counts.total());
            json.writeNumberField("overdue", counts.overdue());
            json.writeNumberField("closed", counts.closed());
            json.writeNumberField("serious", counts.serious());
            json.writeNumberField("dangerous", counts.dangerous());
            json.writeNumberField("rectifying", counts.rectifying());
            json.writeEndObject();
            json.writeStringField("sort", sort.key());
            json.writeStringField("order", sort.order());
            json.writeNumberField("offset", offset);
            json.writeNumberField("limit", limit);
            json.writeArrayFieldStart("rows");
            long[] number = {offset};
            store.ledgerPage(filter, sort, offset, limit, caller.masked(), row -> row(json, ++number[0], row, today));
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void columns(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("columns");
        for (LedgerColumns.Column column : LedgerColumns.ALL) {
            json.writeStartObject();
            json.writeStringField("key", column.key());
            json.writeStringField("header", column.header());
            json.writeStringField("kind", column.kind().name().toLowerCase(java.util.Locale.ROOT));
            json.writeBooleanField("sortable", LedgerSort.sortable(column.key()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void row(JsonGenerator json, long number, ExportRow row, LocalDate today) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", row.id().toString());
        json.writeBooleanField("overdue", row.overdue(today));
        json.writeArrayFieldStart("cells");
        for (LedgerColumns.Column column : LedgerColumns.ALL) {
            Object value = column.value().of(number, row, today);
            if (value instanceof Number n) {
                json.writeNumber(n.toString());
            } else if (value == null) {
                json.writeNull();
            } else {
                json.writeString(value.toString());
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static long number(Map<String, List<String>> params, String name, long fallback, long min, long max) {
        String value = BuildingQueryParser.single(params, name);
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badParameter(name, "must be a whole number from " + min + " to " + max);
    }
}
