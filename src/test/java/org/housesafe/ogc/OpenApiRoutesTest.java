package org.housesafe.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /ogc/api}: public, JSON by default with the OpenAPI media type, HTML on request, 400 on bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    Database db;
    TestApp app;

    @BeforeAll
    void start() {
        db = Database.open("jdbc:h2:mem:openapi-http-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        app = new TestApp(db);
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
    }

    @Test
    void anyone_reads_the_document_as_openapi_json() throws Exception {
        HttpResponse<String> r = app.anonymous().get("/ogc/api");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/vnd.oai.openapi+json;version=3.0");
        JsonNode served = JSON.readTree(r.body());
        assertThat(served).isEqualTo(OpenApiDocument.load());
        assertThat(app.anonymous().get("/ogc/api?f=json").body()).isEqualTo(r.body());
    }

    @ParameterizedTest(name = "{0} with Accept {1}")
    @CsvSource(delimiter = '|', value = {
        "/ogc/api?f=html | application/json",
        "/ogc/api | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    })
    void a_browser_gets_a_page_without_script_in_the_app_s_style(String path, String accept) throws Exception {
        HttpResponse<String> r = app.anonymous().header("Accept", accept).get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.body()).contains("<link rel=\"stylesheet\" href=\"/css/shared/base.css\">",
                "<code>GET /ogc/collections/{collectionId}/items</code>", "<code>PATCH /api/buildings/{id}</code>");
        // Nothing runs and nothing loads from elsewhere: the CSP allows neither inline script nor other hosts.
        assertThat(r.body()).doesNotContain("<script", " style=", " src=", "href=\"http");
    }

    @Test
    void a_client_asking_for_json_before_html_gets_json() throws Exception {
        HttpResponse<String> r = app.anonymous().header("Accept", "application/vnd.oai.openapi+json;version=3.0, text/html")
                .get("/ogc/api");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/vnd.oai.openapi+json;version=3.0");
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource({
        "/ogc/api?f=xml, f",
        "/ogc/api?f=json&f=html, f",
        "/ogc/api?limit=5, limit",
    })
    void bad_parameters_are_a_problem_naming_them(String path, String parameter) throws Exception {
        HttpResponse<String> r = app.anonymous().get(path);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(r.body()).path("errors").path(0).path("field").asText()).isEqualTo(parameter);
    }
}
