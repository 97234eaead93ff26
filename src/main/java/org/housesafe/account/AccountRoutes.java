package org.housesafe.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.UUID;
import org.housesafe.platform.web.Access;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.ClientInfo;
import org.housesafe.platform.web.JsonBody;

/** Sign-in and the signed-in user's own account: session, password, API tokens. */
public final class AccountRoutes {
    private final Sessions sessions;
    private final Users users;
    private final Tokens tokens;
    private final AccessControl access;
    private final SessionCookie cookie;
    private final ClientInfo client;
    private final SecurityAudit audit;
    private final JsonBody body;

    public AccountRoutes(Sessions sessions, Users users, Tokens tokens, AccessControl access, SessionCookie cookie,
                         ClientInfo client, SecurityAudit audit, JsonBody body) {
        this.sessions = sessions;
        this.users = users;
        this.tokens = tokens;
        this.access = access;
        this.cookie = cookie;
        this.client = client;
        this.audit = audit;
        this.body = body;
    }

    public void register(JavalinConfig config) {
        config.routes.post("/api/session", this::login, Access.PUBLIC);
        config.routes.delete("/api/session", this::logout, Role.ANY);
        config.routes.get("/api/me", ctx -> ctx.json(AccountJson.me(AccessControl.caller(ctx))), Role.ANY);
        // A token may not mint tokens that outlive it, nor take over the account: a session must.
        config.routes.post("/api/me/password", this::changePassword, AccessControl.sessionOnly(Role.ANY));
        TokenJson.register(config, "/api/me/tokens", tokens, this::me, body, Role.ANY);
    }

    private void login(Context ctx) {
        if (ctx.header("Origin") != null) {
            access.requireSameOrigin(ctx, null);   // no login into this site from another site's page
        }
        JsonNode in = body.readObject(ctx);
        String username = AccountJson.text(in, "username");
        String password = AccountJson.text(in, "password");
        if (username == null || password == null || username.length() > 64 || password.length() > Passwords.MAX_LENGTH) {
            throw ApiException.invalid("invalid-request", "Invalid request", "username", "user name and password are required");
        }
        Sessions.Started s = sessions.login(username, password, client.address(ctx), ctx.path());
        cookie.set(ctx, s.cookieValue());
        User u = s.user();
        ctx.json(AccountJson.me(new Caller(u.id(), u.username(), u.role(), u.scope(), Caller.Via.SESSION)));
    }

    private void logout(Context ctx) {
        Caller c = AccessControl.caller(ctx);
        if (c.via() == Caller.Via.SESSION) {
            sessions.logout(cookie.read(ctx));
            cookie.clear(ctx);
        }
        audit.record(c.username(), client.address(ctx), ctx.path(), "logout", null);
        ctx.status(204);
    }

    private void changePassword(Context ctx) {
        JsonNode in = body.readObject(ctx);
        boolean keepTokens = Boolean.TRUE.equals(AccountJson.bool(in, "keepTokens"));
        User me = me(ctx);
        String current = AccountJson.text(in, "currentPassword");
        if (current == null || sessions.verify(me.username(), current, client.address(ctx), ctx.path()).isEmpty()) {
            throw ApiException.invalid("invalid-user", "Wrong password", "currentPassword", "is not the current password");
        }
        users.setOwnPassword(me, AccountJson.text(in, "newPassword"), cookie.read(ctx), keepTokens);
        audit.record(me(ctx).username(), client.address(ctx), ctx.path(), "password_changed", null);
        ctx.status(204);
    }

    private User me(Context ctx) {
        return users.get(AccessControl.caller(ctx).userId());
    }


    static UUID id(Context ctx, String param) {
        try {
            String v = ctx.pathParam(param);
            if (v.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(param, "must be a UUID");
        }
    }

    static Map<String, Object> created(Tokens.Created c) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(AccountJson.token(c.token()));
        m.put("token", c.secret());
        return m;
    }
}
