package org.housesafe.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Map;

/** The token routes shared by a user's own account and the admin's view of any user. */
final class TokenJson {
    private TokenJson() {
    }

    static void list(Context ctx, Tokens tokens, User owner) {
        ctx.json(Map.of("tokens", tokens.of(owner).stream().map(AccountJson::token).toList()));
    }

    static void create(Context ctx, Tokens tokens, User owner, JsonNode in) {
        Tokens.Created c = tokens.create(owner, AccountJson.text(in, "name"), AccountJson.date(in, "expiresAt"));
        ctx.status(201).json(AccountRoutes.created(c));
    }

    static void revoke(Context ctx, Tokens tokens, User owner) {
        tokens.revoke(owner, AccountRoutes.id(ctx, "tokenId"));
        ctx.status(204);
    }
}
