package org.housesafe.platform.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.housesafe.platform.db.StoreBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become problem+json. Known failures keep their status and public
 * text; anything else is a 500 whose body names only an incident id that is also in the log.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    private static final long RETRY_AFTER_SECONDS = 2;

    private ErrorMapping() {
    }

    public static void install(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> send(ctx, e));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, fromJavalin(e, ctx)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            if (StoreBusyException.isBusy(e)) {
                LOG.warn("database busy on {} {}: {}", ctx.method(), ctx.path(), e.toString());
                send(ctx, busy());
                return;
            }
            String incident = UUID.randomUUID().toString();
            LOG.error("incident {} on {} {}", incident, ctx.method(), ctx.path(), e);
            send(ctx, new ApiException(500, "internal", "Internal error",
                    "The server failed to answer; incident " + incident + " is logged.", List.of(), Map.of()));
        });
        config.routes.error(404, ctx -> {
            if (!isProblem(ctx)) {
                send(ctx, ApiException.notFound("No resource at " + ctx.path()));
            }
        });
        config.routes.error(405, ctx -> {
            if (!isProblem(ctx)) {
                send(ctx, methodNotAllowed(ctx));
            }
        });
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.MEDIA_TYPE);
    }

    private static ApiException fromJavalin(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        if (status == 404) {
            return ApiException.notFound("No resource at " + ctx.path());
        }
        if (status == 405) {
            return methodNotAllowed(ctx);
        }
        String title = switch (status) {
            case 413 -> "Request body too large";
            case 415 -> "Unsupported media type";
            default -> status >= 500 ? "Internal error" : "Bad request";
        };
        String type = switch (status) {
            case 413 -> "body-too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal" : "bad-request";
        };
        return new ApiException(status, type, title, title, List.of(), Map.of());
    }

    /** 503: the database could not take the request now; the client may send it again. */
    private static ApiException busy() {
        return new ApiException(503, "busy", "Service busy",
                "The database is busy or unreachable; nothing was changed. Send the request again in a moment.",
                List.of(), Map.of("retryAfter", RETRY_AFTER_SECONDS));
    }

    private static ApiException methodNotAllowed(Context ctx) {
        return new ApiException(405, "method-not-allowed", "Method not allowed",
                ctx.method() + " is not allowed on " + ctx.path(), List.of(), Map.of());
    }

    public static void send(Context ctx, ApiException e) {
        if (e.status() == 413) {
            RefusedBody.discard(ctx);
            // The body may be left partly unread; then Jetty closes the connection after the answer.
            ctx.header("Connection", "close");
        }
        if (e.extensions().get("currentETag") instanceof String etag) {
            ctx.header("ETag", etag);
        }
        if (e.extensions().get("retryAfter") instanceof Long seconds) {
            ctx.header("Retry-After", Long.toString(Math.max(1, seconds)));
        }
        ctx.status(e.status()).json(Problem.of(e, ctx.path())).contentType(Problem.MEDIA_TYPE);
    }
}
