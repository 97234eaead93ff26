package org.housesafe.account;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import org.housesafe.platform.web.ClientInfo;

/**
 * The session cookie: HttpOnly, SameSite=Lax, path /; over HTTPS also Secure and named with the
 * {@code __Host-} prefix, which browsers only accept from a secure origin without a Domain.
 */
public final class SessionCookie {
    static final String NAME = "hs_session";
    static final String SECURE_NAME = "__Host-hs_session";

    private final ClientInfo client;
    private final Duration maxAge;

    public SessionCookie(ClientInfo client, Duration maxAge) {
        this.client = client;
        this.maxAge = maxAge;
    }

    public String read(Context ctx) {
        return ctx.cookie(client.secure(ctx) ? SECURE_NAME : NAME);
    }

    public void set(Context ctx, String value) {
        ctx.cookie(cookie(ctx, value, (int) maxAge.toSeconds()));
    }

    public void clear(Context ctx) {
        ctx.cookie(cookie(ctx, "", 0));
    }

    private Cookie cookie(Context ctx, String value, int maxAgeSeconds) {
        boolean secure = client.secure(ctx);
        return new Cookie(secure ? SECURE_NAME : NAME, value, "/", maxAgeSeconds, secure, true, null, SameSite.LAX);
    }
}
