package org.housesafe.platform.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Headers on every response, static files and errors included: a Content Security Policy that
 * allows scripts, styles and data only from this origin (images also from the configured basemap
 * tile hosts), no framing, no MIME sniffing, no referrer to other sites, HSTS over HTTPS.
 */
public final class SecurityHeaders {
    private final String policy;
    private final String workerPolicy;
    private final ClientInfo client;

    public SecurityHeaders(List<String> tileHosts, ClientInfo client) {
        Set<String> img = new LinkedHashSet<>(List.of("'self'", "data:"));
        img.addAll(tileHosts);
        this.policy = policy(String.join(" ", img), "'self'");
        // The service worker fetches the map's basemap tiles for the page (to keep them offline):
        // its own policy's connect-src must name the tile hosts that img-src names for the page.
        List<String> connect = new java.util.ArrayList<>(List.of("'self'"));
        connect.addAll(tileHosts);
        this.workerPolicy = policy(String.join(" ", img), String.join(" ", connect));
        this.client = client;
    }

    private static String policy(String img, String connect) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + img
                + "; connect-src " + connect + "; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    /** The Content Security Policy of the service worker script: the page's, plus the tile hosts in connect-src. */
    public String workerPolicy() {
        return workerPolicy;
    }

    public void apply(Context ctx) {
        values(client.secure(ctx)).forEach(ctx::header);
    }

    /** The headers for a response, HSTS only when the request came over HTTPS ({@code secure}). */
    public Map<String, String> values(boolean secure) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("Content-Security-Policy", policy);
        out.put("X-Content-Type-Options", "nosniff");
        out.put("X-Frame-Options", "DENY");
        out.put("Referrer-Policy", "same-origin");
        out.put("Cross-Origin-Opener-Policy", "same-origin");
        if (secure) {
            out.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        return out;
    }

    /** Whether a request seen only by the web server came over HTTPS (see {@link ClientInfo}). */
    boolean secure(String scheme, String peer, String forwardedProto) {
        return client.secure(scheme, peer, forwardedProto);
    }
}
