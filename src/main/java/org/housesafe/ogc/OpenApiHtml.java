package org.housesafe.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A readable HTML page of an OpenAPI 3.0 document, made here rather than by Swagger UI: no script
 * at all (the CSP forbids inline ones, and nothing may come from a CDN), the app's own style
 * sheets, operations grouped by tag. Every text taken from the document is escaped, since
 * descriptions are free text.
 */
public final class OpenApiHtml {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final JsonNode doc;
    private final StringBuilder out = new StringBuilder();

    private OpenApiHtml(JsonNode doc) {
        this.doc = doc;
    }

    /** The page for {@code doc}; its JSON form is linked at {@code jsonHref}. */
    public static String render(JsonNode doc, String jsonHref) {
        return new OpenApiHtml(doc).page(jsonHref);
    }

    /** Escapes text for HTML element content and double-quoted attribute values. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private String page(String jsonHref) {
        JsonNode info = doc.path("info");
        String title = info.path("title").asText();
        out.append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/css/shared/base.css\">\n")
                .append("<link rel=\"stylesheet\" href=\"/css/shared/pages.css\">\n")
                .append("<link rel=\"stylesheet\" href=\"/css/ogc/openapi.css\">\n")
                .append("<link rel=\"alternate\" type=\"").append(escape(OpenApiDocument.MEDIA_TYPE))
                .append("\" href=\"").append(escape(jsonHref)).append("\">\n</head>\n<body class=\"page\">\n")
                .append("<header class=\"page-bar\"><h1 class=\"page-title\">").append(escape(title)).append("</h1>")
                .append("<a class=\"link-strong\" href=\"").append(escape(jsonHref)).append("\">OpenAPI JSON</a></header>\n")
                .append("<main class=\"page-main page-wide\">\n<section class=\"card\">\n")
                .append("<p class=\"hint\">OpenAPI ").append(escape(doc.path("openapi").asText()))
                .append(" · version ").append(escape(info.path("version").asText())).append("</p>\n");
        paragraphs(info.path("description").asText());
        out.append("</section>\n");
        security();
        operationsByTag().forEach(this::tag);
        schemas();
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void paragraphs(String text) {
        for (String p : text.split("\n\n")) {
            if (!p.isBlank()) {
                out.append("<p class=\"note\">").append(escape(p.strip())).append("</p>\n");
            }
        }
    }

    private void security() {
        out.append("<section class=\"card\"><h2 class=\"card-title\">Authentication</h2>\n<dl class=\"api-schemes\">\n");
        doc.path("components").path("securitySchemes").fields().forEachRemaining(e ->
                out.append("<dt><code>").append(escape(e.getKey())).append("</code> ")
                        .append(escape(scheme(e.getValue()))).append("</dt><dd>")
                        .append(escape(e.getValue().path("description").asText())).append("</dd>\n"));
        out.append("</dl></section>\n");
    }

    private static String scheme(JsonNode s) {
        return s.has("scheme") ? "HTTP " + s.path("scheme").asText()
                : s.path("type").asText() + " in " + s.path("in").asText() + " " + s.path("name").asText();
    }

    private record Operation(String method, String path, JsonNode body) {
    }

    /** Operations in document order, under their first tag (those without one under "Other"). */
    private Map<String, List<Operation>> operationsByTag() {
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        doc.path("tags").forEach(t -> byTag.put(t.path("name").asText(), new ArrayList<>()));
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                String tag = op.getValue().path("tags").path(0).asText("Other");
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(new Operation(op.getKey(), OpenApiDocument.servedAt(path.getKey(), path.getValue()), op.getValue()));
            }
        }));
        return byTag;
    }

    private void tag(String name, List<Operation> operations) {
        if (operations.isEmpty()) {
            return;
        }
        out.append("<section class=\"card\"><h2 class=\"card-title\">").append(escape(name)).append("</h2>\n");
        for (JsonNode t : doc.path("tags")) {
            if (t.path("name").asText().equals(name)) {
                out.append("<p class=\"note-muted\">").append(escape(t.path("description").asText())).append("</p>\n");
            }
        }
        operations.forEach(this::operation);
        out.append("</section>\n");
    }

    private void operation(Operation op) {
        JsonNode o = op.body();
        out.append("<article class=\"api-operation\" id=\"").append(escape(o.path("operationId").asText())).append("\">\n<h3><code>")
                .append(escape(op.method().toUpperCase(java.util.Locale.ROOT))).append(' ').append(escape(op.path()))
                .append("</code></h3>\n<p><strong>").append(escape(o.path("summary").asText())).append("</strong></p>\n");
        paragraphs(o.path("description").asText());
        if (o.has("security") && o.path("security").isEmpty()) {
            out.append("<p class=\"hint\">Public: no sign-in needed.</p>\n");
        }
        parameters(o.path("parameters"));
        JsonNode body = resolve(o.path("requestBody"));
        if (!body.isMissingNode()) {
            out.append("<p>Request body").append(body.path("required").asBoolean() ? " (required)" : "").append(": ")
                    .append(escape(String.join(", ", names(body.path("content"))))).append("</p>\n");
        }
        responses(o.path("responses"));
        out.append("</article>\n");
    }

    private void parameters(JsonNode parameters) {
        if (parameters.isEmpty()) {
            return;
        }
        out.append("<table class=\"api-table\"><thead><tr><th>parameter</th><th>in</th><th>type</th><th>description</th></tr></thead><tbody>\n");
        for (JsonNode ref : parameters) {
            JsonNode p = resolve(ref);
            out.append("<tr><td><code>").append(escape(p.path("name").asText())).append("</code>")
                    .append(p.path("required").asBoolean() ? " *" : "").append("</td><td>")
                    .append(escape(p.path("in").asText())).append("</td><td>")
                    .append(escape(type(p.path("schema")))).append("</td><td>")
                    .append(escape(p.path("description").asText())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private void responses(JsonNode responses) {
        out.append("<ul>\n");
        responses.fields().forEachRemaining(e -> {
            JsonNode r = resolve(e.getValue());
            List<String> types = names(r.path("content"));
            out.append("<li><code>").append(escape(e.getKey())).append("</code> ")
                    .append(escape(r.path("description").asText()))
                    .append(types.isEmpty() ? "" : " <span class=\"hint\">" + escape(String.join(", ", types)) + "</span>")
                    .append("</li>\n");
        });
        out.append("</ul>\n");
    }

    private void schemas() {
        out.append("<section class=\"card\"><h2 class=\"card-title\">Schemas</h2>\n");
        doc.path("components").path("schemas").fields().forEachRemaining(e ->
                out.append("<h3 id=\"schema-").append(escape(e.getKey())).append("\">").append(escape(e.getKey()))
                        .append("</h3>\n<pre class=\"api-schema\">").append(escape(e.getValue().toPrettyString())).append("</pre>\n"));
        out.append("</section>\n");
    }

    /** A schema in a few words: its type or the name of the schema it refers to, its codes and default. */
    private String type(JsonNode schema) {
        if (schema.path("type").asText().equals("array")) {
            return "array of " + type(schema.path("items"));
        }
        StringBuilder b = new StringBuilder();
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            b.append(ref.substring(ref.lastIndexOf('/') + 1));
            schema = resolve(schema);
        } else {
            b.append(schema.path("type").asText());
        }
        if (schema.has("format")) {
            b.append(" (").append(schema.path("format").asText()).append(')');
        }
        if (schema.has("enum")) {
            b.append(": ").append(String.join(" | ", values(schema.path("enum"))));
        }
        if (schema.has("default")) {
            b.append("; default ").append(schema.path("default").asText());
        }
        return b.toString();
    }

    /** The object a local {@code $ref} points to, or {@code node} itself (the document has no other refs). */
    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText(null);
        return ref == null || !ref.startsWith("#/") ? node : doc.at(ref.substring(1));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
