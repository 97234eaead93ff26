package org.housesafe.ogc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.housesafe.platform.web.Access;
import org.housesafe.platform.web.ApiException;

/**
 * {@code GET /ogc/api}: the OpenAPI document as JSON, or as an HTML page with {@code f=html} or a
 * browser's {@code Accept: text/html}. Public: a description of the API reveals no data, and
 * clients read it before they have credentials. Both forms are made once, at start.
 */
public final class OpenApiRoutes {
    public static final String PATH = "/ogc/api";

    private final byte[] json;
    private final String html;

    public OpenApiRoutes(ObjectNode document) {
        try {
            this.json = new ObjectMapper().writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        this.html = OpenApiHtml.render(document, PATH + "?f=json");
    }

    public void register(JavalinConfig config) {
        config.routes.get(PATH, this::serve, Access.PUBLIC);
    }

    private void serve(Context ctx) {
        ctx.queryParamMap().keySet().stream().filter(name -> !name.equals("f")).findFirst().ifPresent(name -> {
            throw ApiException.badParameter(name, "is not a parameter of " + PATH + " (only f)");
        });
        if (wantsHtml(ctx)) {
            ctx.contentType("text/html; charset=utf-8").result(html.getBytes(StandardCharsets.UTF_8));
        } else {
            ctx.contentType(OpenApiDocument.MEDIA_TYPE).result(json);
        }
    }

    /** f decides; without it, HTML only for a client that asks for text/html before any JSON type. */
    private static boolean wantsHtml(Context ctx) {
        var f = ctx.queryParams("f");
        if (f.size() > 1) {
            throw ApiException.badParameter("f", "given more than once");
        }
        if (!f.isEmpty()) {
            return switch (f.get(0)) {
                case "html" -> true;
                case "json" -> false;
                default -> throw ApiException.badParameter("f", "must be json or html");
            };
        }
        String accept = ctx.header("Accept");
        if (accept == null) {
            return false;
        }
        int htmlAt = accept.indexOf("text/html");
        int jsonAt = accept.indexOf("json");
        return htmlAt >= 0 && (jsonAt < 0 || htmlAt < jsonAt);
    }
}
