package org.housesafe.tile;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.housesafe.account.AccessControl;
import org.housesafe.account.Role;
import org.housesafe.building.BuildingFilter;
import org.housesafe.building.BuildingQueryParser;
import org.housesafe.config.Extent;
import org.housesafe.platform.web.ClientInfo;

/**
 * HTTP in and out for vector tiles: {@code GET /tiles/buildings/{z}/{x}/{y}.mvt} and the TileJSON
 * {@code GET /tiles/buildings.json}, for every role, within the caller's streets and the common
 * filter. A tile answers with a strong ETag (a hash of its bytes) and {@code Cache-Control:
 * private, no-cache}, so that browsers revalidate and get 304 while it is unchanged. A client
 * that accepts gzip gets the tile compressed here (not by Javalin, which would keep the
 * identity ETag) under its own ETag; every answer says {@code Vary: Accept-Encoding}. A tile
 * without buildings is a 204 with its ETag. Starts and stops the listener for other servers'
 * changes with the HTTP server.
 */
public final class TileRoutes {
    static final String MVT = "application/vnd.mapbox-vector-tile";

    private final TileService tiles;
    private final BuildingQueryParser parser;
    private final Supplier<LocalDate> today;
    private final Extent extent;
    private final ClientInfo client;

    public TileRoutes(TileService tiles, BuildingQueryParser parser, Supplier<LocalDate> today, Extent extent,
                      ClientInfo client) {
        this.tiles = tiles;
        this.parser = parser;
        this.today = today;
        this.extent = extent;
        this.client = client;
    }

    public void register(JavalinConfig config) {
        config.routes.get(TileJson.TEMPLATE, this::tile, Role.ANY);
        config.routes.get("/tiles/buildings.json", this::tileJson, Role.ANY);
        config.events.serverStarted(tiles::start);
        config.events.serverStopping(tiles::stop);
    }

    private void tile(Context ctx) {
        Tile tile = Tile.parse(ctx.pathParam("z"), ctx.pathParam("x"), ctx.pathParam("y"));
        LocalDate day = today.get();
        TileCache.Entry entry = tiles.tile(tile, filter(ctx, day), day);
        boolean gzip = entry.bytes().length > 0 && acceptsGzip(ctx.header("Accept-Encoding"));
        String etag = gzip ? entry.gzipEtag() : entry.etag();
        ctx.header("ETag", etag);
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("Cache-Control", "private, no-cache");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
        } else if (entry.bytes().length == 0) {
            ctx.status(204);
        } else if (gzip) {
            ctx.header("Content-Encoding", "gzip");
            ctx.contentType(MVT).result(entry.gzip());
        } else {
            ctx.contentType(MVT).result(entry.bytes());
        }
    }

    /** RFC 9110 Accept-Encoding: {@code gzip} (or {@code *}) listed without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String item : acceptEncoding.split(",")) {
            String[] parts = item.trim().split(";");
            String coding = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                return parts.length < 2 || !parts[1].trim().replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private void tileJson(Context ctx) {
        filter(ctx, today.get());
        String base = (client.secure(ctx) ? "https" : "http") + "://" + ctx.host();
        ctx.json(TileJson.of(base, ctx.queryString(), extent));
    }

    /** The common filter in the caller's streets; a bad parameter is a 400 naming it. */
    private BuildingFilter filter(Context ctx, LocalDate day) {
        return parser.filter(ctx.queryParamMap(), AccessControl.caller(ctx).scope(), day, Set.of());
    }

    /** RFC 9110 If-None-Match: {@code *} or a list of entity tags, compared weakly. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
