package org.housesafe.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3.0 document of the whole service ({@code GET /ogc/api}). The hand-written part is
 * the resource {@code ogc/openapi.json}, read like the specification it is; what the code
 * already knows is filled in here so that it cannot drift: the codes of status, judgement and
 * grade, and one equality parameter per queryable on the items listing.
 */
public final class OpenApiDocument {
    /** The media type OGC API Features requires for an OpenAPI 3.0 document in JSON. */
    public static final String MEDIA_TYPE = "application/vnd.oai.openapi+json;version=3.0";

    private static final String RESOURCE = "/ogc/openapi.json";
    private static final String ITEMS = "/collections/{collectionId}/items";

    private OpenApiDocument() {
    }

    /** Reads the resource and completes it; fails at start (not per request) if the resource is broken. */
    public static ObjectNode load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(in);
            ObjectNode schemas = (ObjectNode) doc.path("components").path("schemas");
            codes(schemas, "StatusCode", org.housesafe.lifecycle.Status.class);
            codes(schemas, "JudgementCode", org.housesafe.lifecycle.Judgement.class);
            codes(schemas, "GradeCode", org.housesafe.lifecycle.Grade.class);
            ArrayNode itemParameters = (ArrayNode) doc.path("paths").path(ITEMS).path("get").path("parameters");
            Queryables.BUILDINGS.stream()
                    .filter(q -> q.type() != Queryables.Type.GEOMETRY)   // bbox and filter cover the footprint
                    .forEach(q -> itemParameters.add(parameter(q)));
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where a path of the document is served: its own {@code servers} URL (the OGC paths are
     * relative to the landing page {@code /ogc}, where GDAL looks them up) before it, else as is.
     */
    public static String servedAt(String path, com.fasterxml.jackson.databind.JsonNode item) {
        String server = item.path("servers").path(0).path("url").asText("");
        return server.isEmpty() || server.equals("/") ? path : server + path;
    }

    /** Every code of the lifecycle's {@code type} (the OGC items' parameters list those they serve). */
    private static <E extends Enum<E> & org.housesafe.lifecycle.Coded> void codes(ObjectNode schemas, String schema,
                                                                               Class<E> type) {
        ArrayNode values = ((ObjectNode) schemas.required(schema)).putArray("enum");
        org.housesafe.lifecycle.Coded.codes(type).forEach(values::add);
    }

    private static ObjectNode parameter(Queryables.Queryable q) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("name", q.name());
        p.put("in", "query");
        p.put("description", q.title() + ". Buildings only: the features whose " + q.name() + " equals the value.");
        ObjectNode schema = p.putObject("schema");
        switch (q.type()) {
            case INTEGER -> schema.put("type", "integer");
            case NUMBER -> schema.put("type", "number");
            case BOOLEAN -> schema.put("type", "boolean");
            case DATE -> schema.put("type", "string").put("format", "date");
            case TIMESTAMP -> schema.put("type", "string").put("format", "date-time");
            default -> schema.put("type", "string");
        }
        if (!q.values().isEmpty()) {
            ArrayNode codes = schema.putArray("enum");
            q.values().forEach(codes::add);
        }
        return p;
    }
}
