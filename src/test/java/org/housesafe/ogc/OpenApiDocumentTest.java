package org.housesafe.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.housesafe.HouseSafe;
import org.housesafe.lifecycle.Coded;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The OpenAPI document stays true: it is well-formed OpenAPI 3.0 with only local references, it
 * documents every route the app registers, and every route it documents is registered (HEAD is
 * Javalin's mirror of GET, see HeadRoutes, and is documented once for the whole service).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {
    Database db;
    TestApp app;
    ObjectNode doc;
    Set<String> registered;

    @BeforeAll
    void start() {
        db = Database.open("jdbc:h2:mem:openapi-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        app = new TestApp(db);
        doc = OpenApiDocument.load();
        registered = routes(HouseSafe.create(app.config, app.services));
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
    }

    /** "METHOD path" of every HTTP route (not before/after handlers), HEAD left out as GET's mirror. */
    private static Set<String> routes(Javalin javalin) {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint)
                .filter(e -> e.method.isHttpMethod() && !e.method.name().equals("HEAD"))
                .map(OpenApiDocumentTest::route)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String route(Endpoint e) {
        return e.method.name() + " " + e.path;
    }

    private static Set<String> documented(JsonNode doc) {
        Set<String> out = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(m -> {
            if (OpenApiStructure.METHODS.contains(m)) {
                out.add(m.toUpperCase(java.util.Locale.ROOT) + " " + OpenApiDocument.servedAt(path.getKey(), path.getValue()));
            }
        }));
        return out;
    }

    @Test
    void the_document_is_well_formed_openapi_3_0_with_only_local_references() {
        assertThat(OpenApiStructure.violations(doc)).isEmpty();
        assertThat(doc.toString()).doesNotContainPattern("\"\\$ref\"\\s*:\\s*\"(?!#/)");
    }

    @Test
    void the_structure_check_finds_a_remote_reference_a_dangling_one_and_an_undeclared_path_parameter() {
        ObjectNode broken = doc.deepCopy();
        ObjectNode op = (ObjectNode) broken.path("paths").path("/api/buildings/{id}").path("get");
        op.putArray("parameters");
        ((ObjectNode) broken.path("components").path("schemas").path("Feature").path("properties").path("geometry"))
                .put("$ref", "https://schemas.opengis.net/ogcapi/features/part1/1.0/openapi/schemas/geometryGeoJSON.yaml");
        ((ObjectNode) broken.path("components").path("responses").path("NotFound").path("content")
                .path("application/problem+json").path("schema")).put("$ref", "#/components/schemas/NoSuchSchema");
        assertThat(OpenApiStructure.violations(broken))
                .anyMatch(v -> v.contains("GET /api/buildings/{id}: path parameters [] differ from the template's [id]"))
                .anyMatch(v -> v.contains("geometryGeoJSON.yaml is not local"))
                .anyMatch(v -> v.contains("#/components/schemas/NoSuchSchema resolves to nothing"));
    }

    @Test
    void every_registered_route_is_documented() {
        Set<String> missing = new TreeSet<>(registered);
        missing.removeAll(documented(doc));
        assertThat(missing).as("registered routes missing from src/main/resources/ogc/openapi.json").isEmpty();
    }

    @Test
    void every_documented_route_is_registered() {
        Set<String> missing = new TreeSet<>(documented(doc));
        missing.removeAll(registered);
        assertThat(missing).as("documented routes the app does not register").isEmpty();
    }

    @Test
    void the_items_listing_takes_one_parameter_per_queryable_and_the_status_codes_are_the_lifecycle_s() {
        List<String> names = doc.path("paths").path("/collections/{collectionId}/items").path("get")
                .path("parameters").findValuesAsText("name");
        Queryables.BUILDINGS.stream().filter(q -> q.type() != Queryables.Type.GEOMETRY)
                .forEach(q -> assertThat(names).contains(q.name()));
        assertThat(doc.path("components").path("schemas").path("StatusCode").path("enum"))
                .extracting(JsonNode::asText).containsExactlyElementsOf(Coded.codes(Status.class));
    }
}
