package org.housesafe.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.ClientInfo;
import org.housesafe.platform.web.JsonBody;

/** Administration of accounts and the security audit; admins only. */
public final class UserRoutes {
    private static final int MAX_EVENTS = 1000;

    private final Users users;
    private final Tokens tokens;
    private final AccountStore store;
    private final SecurityAudit audit;
    private final ClientInfo client;
    private final JsonBody body;

    public UserRoutes(Users users, Tokens tokens, AccountStore store, SecurityAudit audit, ClientInfo client,
                      JsonBody body) {
        this.users = users;
        this.tokens = tokens;
        this.store = store;
        this.audit = audit;
        this.client = client;
        this.body = body;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/users", ctx -> ctx.json(Map.of("users",
                users.all().stream().map(AccountJson::user).toList())), Role.ADMIN);
        config.routes.post("/api/users", this::create, Role.ADMIN);
        config.routes.get("/api/users/{id}", ctx -> ctx.json(AccountJson.user(user(ctx))), Role.ADMIN);
        config.routes.patch("/api/users/{id}", this::change, Role.ADMIN);
        TokenJson.register(config, "/api/users/{id}/tokens", tokens, this::user, body, Role.ADMIN);
        config.routes.get("/api/security-events", this::events, Role.ADMIN);
    }

    private void create(Context ctx) {
        JsonNode in = body.readObject(ctx);
        User u = users.create(AccountJson.text(in, "username"), AccountJson.role(in),
                AccountJson.scope(in), AccountJson.text(in, "password"), false);
        record(ctx, "user_created", u.username());
        ctx.status(201).header("Location", "/api/users/" + u.id()).json(AccountJson.user(u));
    }

    private void change(Context ctx) {
        JsonNode in = body.readObject(ctx);
        User u = users.change(user(ctx).id(), new Users.Change(AccountJson.role(in), AccountJson.scope(in),
                AccountJson.bool(in, "disabled"), AccountJson.text(in, "password")));
        record(ctx, "user_changed", u.username());
        ctx.json(AccountJson.user(u));
    }

    private void events(Context ctx) {
        int limit = 100;
        String l = ctx.queryParam("limit");
        if (l != null) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_EVENTS) {
                throw ApiException.badParameter("limit", "must be a whole number from 1 to " + MAX_EVENTS);
            }
        }
        String failures = ctx.queryParam("failuresOnly");
        if (failures != null && !failures.equals("true") && !failures.equals("false")) {
            throw ApiException.badParameter("failuresOnly", "must be true or false");
        }
        ctx.json(Map.of("events", store.recentEvents(limit,
                "true".equals(failures) ? SecurityAudit.FAILURES : List.of())));
    }

    private User user(Context ctx) {
        return users.get(AccountRoutes.id(ctx, "id"));
    }

    private void record(Context ctx, String outcome, String subject) {
        audit.record(AccessControl.caller(ctx).username(), client.address(ctx), ctx.method() + " " + ctx.path(),
                outcome, subject);
    }

}
