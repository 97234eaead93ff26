package org.housesafe.account;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.housesafe.platform.web.Access;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.ClientInfo;

/**
 * Runs before every matched route: establishes the caller (API token in Authorization, else the
 * session cookie), enforces the roles the route declares, and refuses a cookie-authenticated
 * state change whose Origin (or Referer) is not this site. Routes that declare no role are
 * refused: access is granted by declaration only. Every 401 and 403 is audited.
 */
public final class AccessControl {
    private static final String CALLER = "housesafe.caller";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Sessions sessions;
    private final Tokens tokens;
    private final AccountStore store;
    private final SecurityAudit audit;
    private final ClientInfo client;
    private final SessionCookie cookie;
    private final AtomicBoolean adminSeen = new AtomicBoolean();

    public AccessControl(Sessions sessions, Tokens tokens, AccountStore store, SecurityAudit audit, ClientInfo client,
                         SessionCookie cookie) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.store = store;
        this.audit = audit;
        this.client = client;
        this.cookie = cookie;
    }

    public void check(Context ctx) {
        Set<?> roles = ctx.routeRoles();
        if (roles.contains(Access.PUBLIC)) {
            return;
        }
        if (!adminExists()) {
            throw new ApiException(503, "no-admin", "No administrator yet",
                    "Create the first administrator: java -jar housesafe.jar user add --role admin NAME",
                    List.of(), Map.of());
        }
        Caller caller = authenticate(ctx).orElseThrow(() -> unauthenticated(ctx));
        if (!roles.contains(caller.role())) {
            throw deny(ctx, caller.username(), 403, "forbidden", "Forbidden",
                    "Role " + caller.role().code() + " may not " + ctx.method() + " " + ctx.path());
        }
        if (caller.via() == Caller.Via.TOKEN && roles.contains(Access.SESSION_ONLY)) {
            throw deny(ctx, caller.username(), 403, "session-required", "Signed-in session required",
                    "API tokens cannot create, list or revoke tokens or change a password; sign in to do that");
        }
        if (caller.via() == Caller.Via.SESSION && !SAFE_METHODS.contains(ctx.method().name())) {
            requireSameOrigin(ctx, caller.username());
        }
        ctx.attribute(CALLER, caller);
    }

    /** {@code roles} on a route that needs a signed-in session: API tokens get 403 {@code session-required}. */
    public static RouteRole[] sessionOnly(Role... roles) {
        RouteRole[] out = java.util.Arrays.copyOf(roles, roles.length + 1, RouteRole[].class);
        out[roles.length] = Access.SESSION_ONLY;
        return out;
    }

    /** The caller established by {@link #check}; routes behind a role always have one. */
    public static Caller caller(Context ctx) {
        Caller c = ctx.attribute(CALLER);
        if (c == null) {
            throw new IllegalStateException("route has no declared roles");
        }
        return c;
    }

    /**
     * Refuses a browser request from another site: its Origin (or, lacking one, its Referer) must
     * name this host. A request with neither is refused too, as a browser always sends one.
     */
    public void requireSameOrigin(Context ctx, String username) {
        String origin = ctx.header("Origin");
        String source = origin != null && !origin.equals("null") ? origin : ctx.header("Referer");
        if (source == null || !sameSite(source, ctx)) {
            throw deny(ctx, username, 403, "csrf", "Cross-site request refused",
                    "A state-changing request must come from this site's own pages (Origin or Referer)");
        }
    }

    private boolean sameSite(String source, Context ctx) {
        try {
            URI uri = URI.create(source);
            String host = ctx.header("Host");
            String authority = uri.getRawAuthority();
            String scheme = client.secure(ctx) ? "https" : "http";
            return host != null && host.equalsIgnoreCase(authority) && scheme.equalsIgnoreCase(uri.getScheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Optional<Caller> authenticate(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            return tokens.authenticate(tokenOf(authorization), client.address(ctx), ctx.path());
        }
        return sessions.authenticate(cookie.read(ctx));
    }

    /** The token in {@code Bearer <token>} or in HTTP Basic (any user name, the token as password). */
    private static String tokenOf(String authorization) {
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon < 0 ? null : pair.substring(colon + 1);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private boolean adminExists() {
        if (adminSeen.get()) {
            return true;
        }
        boolean exists = store.activeAdminExists();
        adminSeen.set(exists);
        return exists;
    }

    /**
     * 401. Not audited for {@code /api/me} without an Authorization header: the web app asks it to
     * learn whether anyone is signed in (the login page on every visit), which is no attack; a
     * wrong token there is audited like anywhere.
     */
    private ApiException unauthenticated(Context ctx) {
        boolean probe = ctx.path().equals("/api/me") && ctx.header("Authorization") == null;
        return refuse(ctx, null, 401, "unauthenticated", "Not signed in", "Sign in, or send an API token", !probe);
    }

    private ApiException deny(Context ctx, String username, int status, String type, String title, String detail) {
        return refuse(ctx, username, status, type, title, detail, true);
    }

    private ApiException refuse(Context ctx, String username, int status, String type, String title, String detail,
                                boolean audited) {
        if (audited) {
            audit.record(username, client.address(ctx), ctx.method() + " " + ctx.path(), "denied_" + status, type);
        }
        if (status == 401 && ctx.header("Sec-Fetch-Site") == null) {
            // GIS clients (QGIS, GDAL, curl) send Basic credentials when challenged; browsers,
            // which always send Sec-Fetch-Site, would show their own password dialog instead.
            ctx.header("WWW-Authenticate", "Basic realm=\"HouseSafe\", charset=\"UTF-8\"");
        }
        return new ApiException(status, type, title, detail, List.of(), Map.of());
    }
}
