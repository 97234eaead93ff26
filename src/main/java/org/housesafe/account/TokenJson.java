package org.housesafe.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Map;
import java.util.function.Function;
import org.housesafe.platform.web.JsonBody;

/** The token routes shared by a user's own account and the admin's view of any user. */
final class TokenJson {
    private TokenJson() {
    }

    /**
     * {@code GET/POST path} and {@code DELETE path/{tokenId}} for the tokens of {@code owner(ctx)},
     * open to {@code roles} in a signed-in session only: a token may not mint or manage tokens.
     */
    static void register(JavalinConfig config, String path, Tokens tokens, Function<Context, User> owner,
                         JsonBody body, Role... roles) {
        RouteRole[] access = AccessControl.sessionOnly(roles);
        config.routes.get(path, ctx -> list(ctx, tokens, owner.apply(ctx)), access);
        config.routes.post(path, ctx -> create(ctx, tokens, owner.apply(ctx), body.readObject(ctx)), access);
        config.routes.delete(path + "/{tokenId}", ctx -> revoke(ctx, tokens, owner.apply(ctx)), access);
    }

    private static void list(Context ctx, Tokens tokens, User owner) {
        ctx.json(Map.of("tokens", tokens.of(owner).stream().map(AccountJson::token).toList()));
    }

    private static void create(Context ctx, Tokens tokens, User owner, JsonNode in) {
        Tokens.Created c = tokens.create(owner, AccountJson.text(in, "name"), AccountJson.date(in, "expiresAt"));
        ctx.status(201).json(AccountRoutes.created(c));
    }

    private static void revoke(Context ctx, Tokens tokens, User owner) {
        tokens.revoke(owner, AccountRoutes.id(ctx, "tokenId"));
        ctx.status(204);
    }
}
