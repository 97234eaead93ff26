package org.housesafe.platform.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Refuses a request whose path or query holds a malformed percent-encoding ({@code %u0041},
 * {@code %zz}, a {@code %} at the end) that the web server let through: Javalin's decoding of path
 * parameters would fail with a 500, and a query value would be read as literal text — a search
 * for something the client never asked. A 400 problem instead, before any route runs.
 */
public final class PercentEncoding {
    private PercentEncoding() {
    }

    public static void check(Context ctx) {
        if (!wellFormed(ctx.req().getRequestURI()) || !wellFormed(ctx.req().getQueryString())) {
            throw new ApiException(400, "bad-request", "Bad request",
                    "The request URI has a malformed percent-encoding (% must be followed by two hex digits)",
                    List.of(), Map.of());
        }
    }

    /** Whether every {@code %} in {@code raw} (as sent, undecoded) starts a two-digit hex escape. */
    static boolean wellFormed(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || !hex(raw.charAt(i + 1)) || !hex(raw.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
