package org.housesafe.platform.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and drops what is left of a body refused as too large, so that a client still sending it
 * reads the 413 instead of a reset connection (closing a socket with unread input resets it). Only
 * up to a bound: a larger declared body is left to Jetty, which closes the connection.
 */
final class RefusedBody {
    static final long DISCARD_LIMIT = 64L * 1024 * 1024;

    private RefusedBody() {
    }

    static void discard(Context ctx) {
        if (ctx.req().getContentLengthLong() > DISCARD_LIMIT) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try {
            InputStream in = ctx.req().getInputStream();
            for (int n; read <= DISCARD_LIMIT && (n = in.read(buffer)) >= 0; ) {
                read += n;
            }
        } catch (IOException | RuntimeException e) {
            // The body is gone or was taken by a reader: Jetty closes the connection as before.
        }
    }
}
