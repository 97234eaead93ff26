package org.housesafe.building;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.housesafe.account.Scope;
import org.housesafe.platform.web.ApiException;

/**
 * A page of {@code GET /api/events}: the histories of the buildings a filter matches (the list's
 * filter, the caller's streets always applied), for offline copies of whole streets. Events come
 * ordered by building id, then seq; a page starts after the {@link Position} of the last event of
 * the previous one (keyset paging: nothing lost or repeated while events are added).
 */
public record HistoryQuery(BuildingFilter filter, Position after, int limit) {
    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 5000;
    private static final Set<String> OWN = Set.of("after", "limit");
    private static final String LIMIT_RULE = "must be a whole number from 1 to " + MAX_LIMIT;

    /**
     * The place of an event in that order. Clients keep its {@link #text()} as an opaque cursor
     * (today {@code <building id>.<seq>}) and send it back as {@code after}.
     */
    public record Position(UUID building, int seq) {
        private static final String MESSAGE = "must be a cursor from a next link of /api/events";

        String text() {
            return building + "." + seq;
        }

        /** @throws ApiException 400 naming {@code after} when {@code text} is not a cursor this server writes */
        static Position parse(String text) {
            if (text == null) {
                return null;
            }
            int dot = text.indexOf('.');
            if (dot != 36 || !text.substring(dot + 1).matches("\\d{1,9}")) {
                throw ApiException.badParameter("after", MESSAGE);
            }
            try {
                return new Position(BuildingQueryParser.parseUuid(text.substring(0, dot)),
                        Integer.parseInt(text.substring(dot + 1)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter("after", MESSAGE);
            }
        }
    }

    /**
     * Reads the request's parameters: the list's filter plus {@code after} and {@code limit}
     * (1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}).
     *
     * @throws ApiException 400 for a bad or unknown parameter, 403 for a street or community outside {@code scope}
     */
    static HistoryQuery parse(BuildingQueryParser parser, Map<String, List<String>> params, Scope scope,
                              LocalDate today) {
        BuildingFilter filter = parser.filter(params, scope, today, OWN);
        return new HistoryQuery(filter, Position.parse(BuildingQueryParser.single(params, "after")),
                limit(BuildingQueryParser.single(params, "limit")));
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!value.trim().matches("\\d{1,4}")) {
            throw ApiException.badParameter("limit", LIMIT_RULE);
        }
        int n = Integer.parseInt(value.trim());
        if (n < 1 || n > MAX_LIMIT) {
            throw ApiException.badParameter("limit", LIMIT_RULE);
        }
        return n;
    }
}
