package org.housesafe.change;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.housesafe.account.AccessControl;
import org.housesafe.account.Role;

/**
 * {@code GET /api/changes?after=<cursor>}: the buildings of the caller's streets changed since the
 * cursor, {@code {cursor, changes: [{id, version, bbox}], reload}}; without {@code after}, an
 * empty list and the first cursor. Maps poll it every few seconds (see README, "Live map").
 */
public final class ChangeRoutes {
    private final ChangeFeed feed;

    public ChangeRoutes(ChangeFeed feed) {
        this.feed = feed;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/changes", this::changes, Role.ANY);
    }

    private void changes(Context ctx) {
        ChangeFeed.Page page = feed.since(Cursor.parse(ctx.queryParam("after")), AccessControl.caller(ctx).scope());
        List<Map<String, Object>> changes = page.changes().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id().toString());
            m.put("version", c.version());
            m.put("bbox", c.bboxArray());
            return m;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cursor", page.cursor());
        body.put("changes", changes);
        body.put("reload", page.reload());
        ctx.header("Cache-Control", "no-store").json(body);
    }
}
