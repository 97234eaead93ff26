package org.housesafe.platform.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * Who is at the other end of a request: the client address and whether it came over HTTPS.
 * X-Forwarded-For and X-Forwarded-Proto are believed only from a configured trusted proxy, so a
 * client cannot reset its login-failure count by forging them.
 */
public final class ClientInfo {
    private final Set<String> trustedProxies;
    private final Boolean forceSecure;

    public ClientInfo(Set<String> trustedProxies, Boolean forceSecure) {
        this.trustedProxies = Set.copyOf(trustedProxies);
        this.forceSecure = forceSecure;
    }

    public String address(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        // The nearest address not of a trusted proxy is the client; those before it may be forged.
        List<String> hops = List.of(forwarded.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).trim();
            if (!trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    public boolean secure(Context ctx) {
        return secure(ctx.scheme(), ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-Proto"));
    }

    /**
     * Whether a request came over HTTPS, from what the web server saw of it (for answers written
     * before the application runs).
     *
     * @param forwardedProto the X-Forwarded-Proto header, believed from a trusted proxy only
     */
    public boolean secure(String scheme, String peer, String forwardedProto) {
        if (forceSecure != null) {
            return forceSecure;
        }
        if ("https".equalsIgnoreCase(scheme)) {
            return true;
        }
        return trustedProxies.contains(peer) && "https".equalsIgnoreCase(forwardedProto);
    }
}
