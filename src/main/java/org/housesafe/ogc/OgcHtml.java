package org.housesafe.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The HTML encoding of every OGC resource: its JSON drawn as plain tables and lists in the app's
 * style, links as links. Generic on purpose, so the two encodings never disagree. Every text from
 * the data is escaped; the page runs no script (the CSP allows none inline anyway).
 */
final class OgcHtml {
    private OgcHtml() {
    }

    /** A whole page titled {@code title} showing {@code body}. */
    static String page(String title, JsonNode body) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append(" — 房屋安全排查整治一张图 OGC API</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/css/shared/base.css\">\n</head>\n<body>\n<main class=\"ogc\">\n")
                .append("<p><a href=\"/ogc?f=html\">OGC API</a> · <a href=\"/ogc/collections?f=html\">collections</a>")
                .append(" · <a href=\"/\">地图 map</a></p>\n<h1>").append(escape(title)).append("</h1>\n");
        if (body.has("features")) {
            features(html, body.get("features"));
        }
        value(html, body);
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    /** A FeatureCollection's features as one table: id (linking to the feature) and properties. */
    private static void features(StringBuilder html, JsonNode features) {
        html.append("<table class=\"features\">\n<tr><th>id</th>");
        JsonNode first = features.path(0).path("properties");
        first.fieldNames().forEachRemaining(n -> html.append("<th>").append(escape(n)).append("</th>"));
        html.append("</tr>\n");
        for (JsonNode f : features) {
            String id = f.path("id").asText();
            html.append("<tr><td><a href=\"items/").append(escape(id)).append("?f=html\">").append(escape(id))
                    .append("</a></td>");
            first.fieldNames().forEachRemaining(n -> {
                JsonNode v = f.path("properties").path(n);
                html.append("<td>").append(v.isValueNode() ? escape(v.asText()) : "").append("</td>");
            });
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void value(StringBuilder html, JsonNode node) {
        if (node.isObject()) {
            html.append("<table>\n");
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                if (name.equals("features") || name.equals("geometry")) {
                    continue;
                }
                html.append("<tr><th>").append(escape(name)).append("</th><td>");
                if (name.equals("links")) {
                    links(html, field.getValue());
                } else {
                    value(html, field.getValue());
                }
                html.append("</td></tr>\n");
            }
            html.append("</table>\n");
        } else if (node.isArray()) {
            html.append("<ul>\n");
            for (JsonNode item : node) {
                html.append("<li>");
                value(html, item);
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        } else if (node.isTextual() && node.asText().matches("https?://\\S+")) {
            html.append("<a href=\"").append(escape(node.asText())).append("\">").append(escape(node.asText())).append("</a>");
        } else if (!node.isNull()) {
            html.append(escape(node.asText()));
        }
    }

    private static void links(StringBuilder html, JsonNode links) {
        html.append("<ul class=\"links\">\n");
        for (JsonNode link : links) {
            String title = link.path("title").asText(link.path("rel").asText());
            html.append("<li><a href=\"").append(escape(link.path("href").asText())).append("\">").append(escape(title))
                    .append("</a> <small>").append(escape(link.path("rel").asText())).append(" · ")
                    .append(escape(link.path("type").asText())).append("</small></li>\n");
        }
        html.append("</ul>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
