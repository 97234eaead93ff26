package org.housesafe.platform.web;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Headers on every response, static files and errors included: a Content Security Policy that
 * allows scripts, styles and data only from this origin (images also from the configured basemap
 * tile hosts), no framing, no MIME sniffing, no referrer to other sites, HSTS over HTTPS.
 */
public final class SecurityHeaders {
    private final String policy;
    private final ClientInfo client;

    public SecurityHeaders(List<String> tileHosts, ClientInfo client) {
        Set<String> img = new LinkedHashSet<>(List.of("'self'", "data:"));
        img.addAll(tileHosts);
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + String.join(" ", img)
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'";
        this.client = client;
    }

    public void apply(Context ctx) {
        ctx.header("Content-Security-Policy", policy);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        if (client.secure(ctx)) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
