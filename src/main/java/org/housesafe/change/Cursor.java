package org.housesafe.change;

import java.time.Instant;
import org.housesafe.platform.web.ApiException;

/**
 * A position in the change feed: the moment the server answered the previous poll. Clients keep
 * it as opaque text (today the epoch milliseconds) and send it back as {@code after}.
 */
record Cursor(Instant at) {
    private static final String MESSAGE = "must be the cursor of an earlier answer of /api/changes";

    /**
     * Reads the {@code after} parameter; {@code null} when it is absent (a first poll).
     *
     * @throws ApiException 400 naming {@code after} when it is not a cursor this server writes
     */
    static Cursor parse(String text) {
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,15}")) {
            throw ApiException.badParameter("after", MESSAGE);
        }
        return new Cursor(Instant.ofEpochMilli(Long.parseLong(text)));
    }

    String text() {
        return Long.toString(at.toEpochMilli());
    }
}
