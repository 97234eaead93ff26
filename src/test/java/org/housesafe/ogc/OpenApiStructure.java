package org.housesafe.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an OpenAPI 3.0 document against the rules of the specification that a mistake in a
 * hand-written document is likely to break (no validator library is available offline): the
 * version, the required members, path templates against path parameters, responses, unique
 * operation ids, security schemes that exist, and every {@code $ref} local and resolvable.
 * Returns every violation found, each naming where it is, so a failing test lists them all.
 */
final class OpenApiStructure {
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> PATH_ITEM_KEYS = Set.of("summary", "description", "servers", "parameters");
    private static final Set<String> PARAMETER_PLACES = Set.of("query", "header", "path", "cookie");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern STATUS = Pattern.compile("default|[1-5](?:[0-9]{2}|XX)");

    private final JsonNode doc;
    private final List<String> violations = new ArrayList<>();

    private OpenApiStructure(JsonNode doc) {
        this.doc = doc;
    }

    static List<String> violations(JsonNode doc) {
        OpenApiStructure s = new OpenApiStructure(doc);
        s.check();
        return s.violations;
    }

    private void check() {
        expect(doc.path("openapi").asText().matches("3\\.0\\.\\d+"), "openapi: must be 3.0.x");
        expect(doc.path("info").path("title").isTextual(), "info.title: missing");
        expect(doc.path("info").path("version").isTextual(), "info.version: missing");
        expect(doc.path("paths").isObject(), "paths: missing");
        refs(doc, "#");
        Set<String> operationIds = new HashSet<>();
        doc.path("paths").fields().forEachRemaining(e -> pathItem(e.getKey(), e.getValue(), operationIds));
        security(doc.path("security"), "security");
    }

    private void pathItem(String path, JsonNode item, Set<String> operationIds) {
        expect(path.startsWith("/"), path + ": must start with /");
        item.fieldNames().forEachRemaining(k -> expect(METHODS.contains(k) || PATH_ITEM_KEYS.contains(k),
                path + ": unknown member " + k));
        Set<String> templated = new HashSet<>();
        Matcher m = TEMPLATE.matcher(path);
        while (m.find()) {
            templated.add(m.group(1));
        }
        item.fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operation(path, op.getKey(), op.getValue(), item.path("parameters"), templated, operationIds);
            }
        });
    }

    private void operation(String path, String method, JsonNode op, JsonNode shared, Set<String> templated,
                           Set<String> operationIds) {
        String where = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        String id = op.path("operationId").asText(null);
        expect(id == null || operationIds.add(id), where + ": operationId " + id + " used twice");
        Set<String> declared = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<JsonNode> parameters = new ArrayList<>();
        shared.forEach(parameters::add);
        op.path("parameters").forEach(parameters::add);
        for (JsonNode ref : parameters) {
            JsonNode p = resolve(ref);
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            expect(!name.isEmpty(), where + ": a parameter without a name");
            expect(PARAMETER_PLACES.contains(in), where + ": parameter " + name + " has in: " + in);
            expect(p.has("schema") ^ p.has("content"), where + ": parameter " + name + " needs a schema or a content");
            expect(seen.add(in + ":" + name), where + ": parameter " + name + " listed twice");
            if (in.equals("path")) {
                declared.add(name);
                expect(p.path("required").asBoolean(), where + ": path parameter " + name + " must be required");
            }
        }
        expect(declared.equals(templated), where + ": path parameters " + declared + " differ from the template's " + templated);
        JsonNode responses = op.path("responses");
        expect(responses.isObject() && !responses.isEmpty(), where + ": no responses");
        responses.fields().forEachRemaining(r -> {
            expect(STATUS.matcher(r.getKey()).matches(), where + ": response key " + r.getKey());
            expect(resolve(r.getValue()).path("description").isTextual(), where + ": response " + r.getKey() + " has no description");
        });
        JsonNode body = resolve(op.path("requestBody"));
        expect(body.isMissingNode() || body.path("content").isObject() && !body.path("content").isEmpty(),
                where + ": request body without content");
        if (op.has("security")) {
            security(op.path("security"), where + " security");
        }
    }

    private void security(JsonNode requirements, String where) {
        JsonNode schemes = doc.path("components").path("securitySchemes");
        requirements.forEach(req -> req.fieldNames().forEachRemaining(name ->
                expect(schemes.has(name), where + ": unknown security scheme " + name)));
    }

    /** Every $ref in the tree must be a local JSON pointer to something that exists. */
    private void refs(JsonNode node, String where) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                String r = ref.asText();
                expect(r.startsWith("#/"), where + ": $ref " + r + " is not local to the document");
                expect(!r.startsWith("#/") || !doc.at(r.substring(1)).isMissingNode(), where + ": $ref " + r + " resolves to nothing");
            }
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                refs(e.getValue(), where + "/" + e.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refs(node.get(i), where + "/" + i);
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText(null);
        return ref == null || !ref.startsWith("#/") ? node : doc.at(ref.substring(1));
    }

    private void expect(boolean ok, String violation) {
        if (!ok) {
            violations.add(violation);
        }
    }
}
