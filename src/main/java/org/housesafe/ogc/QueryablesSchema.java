package org.housesafe.ogc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A collection's queryables as the JSON Schema (draft 2019-09) of OGC API Features Part 3: the
 * buildings' from {@link Queryables}, the units' code, name and geometry.
 */
final class QueryablesSchema {
    private static final String FOOTPRINT_SCHEMA = "https://geojson.org/schema/Polygon.json";

    private QueryablesSchema() {
    }

    static ObjectNode of(OgcCollection c, String id) {
        ObjectNode schema = Answer.MAPPER.createObjectNode()
                .put("$schema", "https://json-schema.org/draft/2019-09/schema")
                .put("$id", id)
                .put("type", "object")
                .put("title", c.title())
                .put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        List<Queryables.Queryable> list = c == OgcCollection.BUILDINGS ? Queryables.BUILDINGS : List.of(
                new Queryables.Queryable("code", "code", Queryables.Type.STRING, "代码 division code", List.of()),
                new Queryables.Queryable("name", "name", Queryables.Type.STRING, "名称 name", List.of()),
                new Queryables.Queryable("geometry", "boundary", Queryables.Type.GEOMETRY, "边界 boundary", List.of()));
        for (Queryables.Queryable q : list) {
            ObjectNode p = properties.putObject(q.name()).put("title", q.title());
            switch (q.type()) {
                case STRING -> p.put("type", "string");
                case INTEGER -> p.put("type", "integer");
                case NUMBER -> p.put("type", "number");
                case BOOLEAN -> p.put("type", "boolean");
                case DATE -> p.put("type", "string").put("format", "date");
                case TIMESTAMP -> p.put("type", "string").put("format", "date-time");
                case GEOMETRY -> p.put("format", "geometry-polygon").put("$ref", FOOTPRINT_SCHEMA);
            }
            if (!q.values().isEmpty()) {
                ArrayNode values = p.putArray("enum");
                q.values().forEach(values::add);
            }
        }
        return schema;
    }
}
