package org.housesafe.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.building.StoreFixture;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.housesafe.web.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OGC API Features Parts 1 and 2 over HTTP on the embedded backend: resources, parameters, CRSs, scope. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgcApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COUNT = 120;
    private static final String ITEMS = "/ogc/collections/buildings/items";

    Database db;
    TestApp app;
    TestClient west;

    @BeforeAll
    void start() {
        db = Database.open("jdbc:h2:mem:ogc-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        app = StoreFixture.app(db, COUNT);
        west = app.client(app.token(app.user("ogc-west", Role.STREET_OFFICE, Scope.of(Set.of(StoreFixture.WEST)))));
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
    }

    private JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static String href(JsonNode body, String rel, String type) {
        for (JsonNode link : body.get("links")) {
            if (link.get("rel").asText().equals(rel) && link.get("type").asText().equals(type)) {
                return link.get("href").asText();
            }
        }
        return null;
    }

    private String path(String href) {
        return href.substring(app.base().length());
    }

    @Test
    void the_landing_page_links_the_api_definition_conformance_and_collections() throws Exception {
        JsonNode landing = ok(app.get("/ogc"));
        assertThat(href(landing, "self", "application/json")).isEqualTo(app.base() + "/ogc?f=json");
        assertThat(href(landing, "alternate", "text/html")).isEqualTo(app.base() + "/ogc?f=html");
        assertThat(href(landing, "service-desc", "application/vnd.oai.openapi+json;version=3.0")).isEqualTo(app.base() + "/ogc/api");
        assertThat(href(landing, "service-doc", "text/html")).isEqualTo(app.base() + "/ogc/api?f=html");
        assertThat(href(landing, "conformance", "application/json")).isNotNull();
        assertThat(href(landing, "data", "application/json")).isEqualTo(app.base() + "/ogc/collections?f=json");
        JsonNode conformance = ok(app.get("/ogc/conformance"));
        List<String> classes = new ArrayList<>();
        conformance.get("conformsTo").forEach(c -> classes.add(c.asText()));
        assertThat(classes).containsExactlyElementsOf(Conformance.CLASSES);
    }

    @Test
    void collections_declare_extents_crs_and_storage_crs() throws Exception {
        JsonNode all = ok(app.get("/ogc/collections"));
        assertThat(all.get("collections")).extracting(c -> c.get("id").asText())
                .containsExactly("buildings", "streets", "communities");
        JsonNode buildings = ok(app.get("/ogc/collections/buildings"));
        assertThat(buildings).isEqualTo(all.get("collections").get(0));
        assertThat(buildings.get("extent").get("spatial").get("bbox").get(0)).hasSize(4);
        assertThat(buildings.get("extent").get("temporal").get("interval").get(0).get(0).asText())
                .isEqualTo("2022-05-20T01:00:00Z");
        assertThat(buildings.get("storageCrs").asText()).isEqualTo(OgcCrs.CRS84.uri());
        assertThat(buildings.get("crs")).extracting(JsonNode::asText).containsExactlyElementsOf(OgcCrs.uris());
        assertThat(href(buildings, "items", "application/geo+json")).endsWith("/ogc/collections/buildings/items?f=json");
        assertThat(app.get("/ogc/collections/houses").statusCode()).isEqualTo(404);
    }

    @Test
    void queryables_are_a_json_schema_with_the_enumerated_codes() throws Exception {
        HttpResponse<String> r = app.get("/ogc/collections/buildings/queryables");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/schema+json");
        JsonNode schema = ok(r);
        assertThat(schema.get("properties").get("status").get("enum")).extracting(JsonNode::asText).contains("surveyed");
        assertThat(schema.get("properties").get("geometry").get("format").asText()).isEqualTo("geometry-polygon");
        JsonNode streets = ok(app.get("/ogc/collections/streets/queryables"));
        assertThat(streets.get("properties").fieldNames()).toIterable().containsExactly("code", "name", "geometry");
    }

    @Test
    void items_answer_ten_geojson_features_with_counts_time_stamp_and_content_crs() throws Exception {
        HttpResponse<String> r = app.get(ITEMS);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
        assertThat(r.headers().firstValue("Content-Crs")).contains("<" + OgcCrs.CRS84.uri() + ">");
        JsonNode page = ok(r);
        assertThat(page.get("numberMatched").asInt()).isEqualTo(COUNT);
        assertThat(page.get("numberReturned").asInt()).isEqualTo(10);
        assertThat(page.get("features")).hasSize(10);
        assertThat(page.get("timeStamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(href(page, "next", "application/geo+json")).contains("after=");
        assertThat(href(page, "prev", "application/geo+json")).isNull();
    }

    @Test
    void a_queryable_parameter_filters_and_next_links_keep_every_parameter() throws Exception {
        JsonNode page = ok(app.get(ITEMS + "?status=surveyed&limit=2&streetCode=" + StoreFixture.EAST));
        long expected = StoreFixture.buildings(0, COUNT).stream()
                .filter(b -> b.building().status().code().equals("surveyed") && b.building().streetCode().equals(StoreFixture.EAST))
                .count();
        assertThat(page.get("numberMatched").asLong()).isEqualTo(expected).isGreaterThan(2);
        page.get("features").forEach(f -> assertThat(f.get("properties").get("status").asText()).isEqualTo("surveyed"));
        String next = href(page, "next", "application/geo+json");
        assertThat(next).contains("status=surveyed").contains("limit=2").contains("streetCode=" + StoreFixture.EAST);
        JsonNode second = ok(app.get(path(next)));
        assertThat(href(second, "prev", "application/geo+json")).contains("before=").contains("status=surveyed");
        assertThat(second.has("numberMatched")).as("counted on the first page only").isFalse();
    }

    @Test
    void a_cql2_filter_in_text_or_json_selects_and_next_links_keep_it() throws Exception {
        long expected = StoreFixture.buildings(0, COUNT).stream()
                .filter(b -> b.building().status().code().equals("surveyed") && b.building().streetCode().equals(StoreFixture.EAST))
                .count();
        String text = URLEncoder.encode("status = 'surveyed' AND streetCode IN ('" + StoreFixture.EAST + "')", StandardCharsets.UTF_8);
        JsonNode page = ok(app.get(ITEMS + "?limit=2&filter=" + text));
        assertThat(page.get("numberMatched").asLong()).isEqualTo(expected).isGreaterThan(2);
        assertThat(href(page, "next", "application/geo+json")).contains("filter=").contains("limit=2");
        String json = URLEncoder.encode("{\"op\":\"and\",\"args\":[{\"op\":\"=\",\"args\":[{\"property\":\"status\"},\"surveyed\"]},"
                + "{\"op\":\"=\",\"args\":[{\"property\":\"streetCode\"},\"" + StoreFixture.EAST + "\"]}]}", StandardCharsets.UTF_8);
        assertThat(ok(app.get(ITEMS + "?filter-lang=cql2-json&filter=" + json)).get("numberMatched").asLong()).isEqualTo(expected);
    }

    @Test
    void datetime_selects_by_the_time_of_the_last_event() throws Exception {
        // Every fixture building's last event is at 2022-05-20T01:00:00Z (updated_at).
        assertThat(ok(app.get(ITEMS + "?datetime=2022-05-20T01:00:00Z")).get("numberMatched").asInt()).isEqualTo(COUNT);
        assertThat(ok(app.get(ITEMS + "?datetime=2022-05-20T09:00:00%2B08:00")).get("numberMatched").asInt()).isEqualTo(COUNT);
        assertThat(ok(app.get(ITEMS + "?datetime=../2022-05-20T00:59:59Z")).get("numberMatched").asInt()).isZero();
        assertThat(ok(app.get(ITEMS + "?datetime=2022-05-20T01:00:00Z/..")).get("numberMatched").asInt()).isEqualTo(COUNT);
        assertThat(ok(app.get(ITEMS + "?datetime=2022-05-19T00:00:00Z/2022-05-20T01:00:00Z")).get("numberMatched").asInt())
                .isEqualTo(COUNT);
        assertThat(ok(app.get(ITEMS + "?datetime=/2022-05-19T00:00:00Z")).get("numberMatched").asInt()).isZero();
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
        "bbox=1,2,3 | bbox",
        "bbox=1,2,3,4,5 | bbox",
        "bbox=a,b,c,d | bbox",
        "bbox=112.6,26.9,112.5,26.8 | bbox",
        "bbox=-200,26,112,27 | bbox",
        "limit=0 | limit",
        "limit=10001 | limit",
        "limit=ten | limit",
        "datetime=yesterday | datetime",
        "datetime=2022-05-20 | datetime",
        "datetime=2022-05-21T00:00:00Z/2022-05-20T00:00:00Z | datetime",
        "datetime=../.. /.. | datetime",
        "crs=EPSG:4979 | crs",
        "bbox-crs=http://www.opengis.net/def/crs/EPSG/0/32649 | bbox-crs",
        "status=' OR 1=1-- | status",
        "floorsAbove=two | floorsAbove",
        "vacant=yes | vacant",
        "stauts=closed | stauts",
        "street=430408003 | street",
        "filter=status='nope' | filter",
        "filter=stauts = 'closed' | filter",
        "filter=status = 'closed' OR 1=1-- | filter",
        "filter-lang=cql2-text | filter-lang",
        "after=not-a-uuid | after",
        "f=xml | f",
    })
    void bad_parameters_are_400_problems_naming_them(String query, String parameter) throws Exception {
        String[] kv = query.split("=", 2);
        HttpResponse<String> r = app.get(ITEMS + "?" + kv[0] + "=" + URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(r.body()).get("errors").get(0).get("field").asText()).isEqualTo(parameter);
    }

    @Test
    void other_resources_refuse_unknown_parameters_too() throws Exception {
        for (String p : List.of("/ogc?limit=1", "/ogc/conformance?x=1", "/ogc/collections?bbox=1,2,3,4",
                "/ogc/collections/buildings/items/" + StoreFixture.building(1).building().id() + "?limit=1")) {
            assertThat(app.get(p).statusCode()).as(p).isEqualTo(400);
        }
    }

    @Test
    void crs_epsg_4326_and_4490_put_latitude_first_and_3857_is_in_metres() throws Exception {
        String id = StoreFixture.building(7).building().id().toString();
        JsonNode lonLat = first(ok(app.get(ITEMS + "/" + id)));
        for (String crs : List.of("EPSG:4326", "http://www.opengis.net/def/crs/EPSG/0/4490")) {
            HttpResponse<String> r = app.get(ITEMS + "/" + id + "?crs=" + crs);
            assertThat(r.headers().firstValue("Content-Crs").orElse("")).contains("EPSG/0/" + crs.substring(crs.length() - 4));
            JsonNode latLon = first(ok(r));
            assertThat(latLon.get(0).asDouble()).isEqualTo(lonLat.get(1).asDouble());
            assertThat(latLon.get(1).asDouble()).isEqualTo(lonLat.get(0).asDouble());
        }
        JsonNode metres = first(ok(app.get(ITEMS + "/" + id + "?crs=EPSG:3857")));
        assertThat(metres.get(0).asDouble()).isCloseTo(Math.toRadians(lonLat.get(0).asDouble()) * 6378137.0,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(metres.get(1).asDouble()).isBetween(3.0e6, 3.2e6);
    }

    /** The first point of the feature's outline, whichever way the ring was written. */
    private static JsonNode first(JsonNode feature) {
        JsonNode ring = feature.get("geometry").get("coordinates").get(0);
        JsonNode min = ring.get(0);
        for (JsonNode p : ring) {
            if (p.get(0).asDouble() + p.get(1).asDouble() < min.get(0).asDouble() + min.get(1).asDouble()) {
                min = p;
            }
        }
        return min;
    }

    @Test
    void bbox_crs_reads_the_box_in_that_crs_axis_order() throws Exception {
        // West street's buildings lie near 112.51-112.57 E, 26.81-26.92 N; east street's from 112.61 E.
        int lonLat = ok(app.get(ITEMS + "?bbox=112.5,26.8,112.6,26.95")).get("numberMatched").asInt();
        int latLon = ok(app.get(ITEMS + "?bbox=26.8,112.5,26.95,112.6&bbox-crs=EPSG:4326")).get("numberMatched").asInt();
        int sixNumbers = ok(app.get(ITEMS + "?bbox=112.5,26.8,0,112.6,26.95,100")).get("numberMatched").asInt();
        assertThat(lonLat).isEqualTo(COUNT / 2).isEqualTo(latLon).isEqualTo(sixNumbers);
        double[] lower = {Math.toRadians(112.5) * 6378137.0, Math.log(Math.tan(Math.PI / 4 + Math.toRadians(26.8) / 2)) * 6378137.0};
        double[] upper = {Math.toRadians(112.6) * 6378137.0, Math.log(Math.tan(Math.PI / 4 + Math.toRadians(26.95) / 2)) * 6378137.0};
        String box = lower[0] + "," + lower[1] + "," + upper[0] + "," + upper[1];
        assertThat(ok(app.get(ITEMS + "?bbox-crs=EPSG:3857&bbox=" + box)).get("numberMatched").asInt()).isEqualTo(lonLat);
    }

    @Test
    void one_feature_has_the_etag_of_the_api_and_the_same_properties() throws Exception {
        String id = StoreFixture.building(9).building().id().toString();
        HttpResponse<String> api = app.get("/api/buildings/" + id);
        HttpResponse<String> ogc = app.get(ITEMS + "/" + id);
        assertThat(ogc.headers().firstValue("ETag")).isPresent().isEqualTo(api.headers().firstValue("ETag"));
        JsonNode feature = ok(ogc);
        assertThat(feature.get("properties")).isEqualTo(ok(api).get("properties"));
        assertThat(href(feature, "collection", "application/json")).endsWith("/ogc/collections/buildings?f=json");
        assertThat(app.get(ITEMS + "/not-a-building").statusCode()).isEqualTo(404);
    }

    @Test
    void another_streets_building_is_404_and_never_listed() throws Exception {
        String east = StoreFixture.building(1).building().id().toString();   // odd: the east street
        HttpResponse<String> r = west.get(ITEMS + "/" + east);
        assertThat(r.statusCode()).isEqualTo(404);
        JsonNode page = ok(west.get(ITEMS + "?limit=10000"));
        assertThat(page.get("numberMatched").asInt()).isEqualTo(COUNT / 2);
        page.get("features").forEach(f -> assertThat(f.get("properties").get("streetCode").asText()).isEqualTo(StoreFixture.WEST));
        JsonNode streets = ok(west.get("/ogc/collections/streets/items"));
        assertThat(streets.get("features")).extracting(f -> f.get("id").asText()).containsExactly(StoreFixture.WEST);
        assertThat(app.anonymous().get(ITEMS).statusCode()).isEqualTo(401);
    }

    @Test
    void streets_and_communities_page_as_features() throws Exception {
        JsonNode page = ok(app.get("/ogc/collections/communities/items?limit=3"));
        assertThat(page.get("numberMatched").asInt()).isEqualTo(4);
        assertThat(page.get("features")).hasSize(3);
        JsonNode rest = ok(app.get(path(href(page, "next", "application/geo+json"))));
        assertThat(rest.get("features")).extracting(f -> f.get("id").asText()).containsExactly(StoreFixture.EAST_SOUTH);
        JsonNode back = ok(app.get(path(href(rest, "prev", "application/geo+json"))));
        assertThat(back.get("features")).isEqualTo(page.get("features"));
        assertThat(ok(app.get("/ogc/collections/streets/items/" + StoreFixture.WEST)).get("properties").get("code").asText())
                .isEqualTo(StoreFixture.WEST);
    }

    @Test
    void html_pages_come_by_f_or_accept_and_escape_the_data() throws Exception {
        TestClient browser = app.client(app.token(app.user("test-district", Role.DISTRICT, Scope.ALL)))
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        for (String p : List.of("/ogc", "/ogc/conformance", "/ogc/collections", "/ogc/collections/buildings",
                "/ogc/collections/buildings/queryables", ITEMS, ITEMS + "/" + StoreFixture.building(3).building().id())) {
            HttpResponse<String> r = browser.get(p);
            assertThat(r.statusCode()).as(p).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(p).startsWith("text/html");
            assertThat(r.body()).as(p).contains("/css/shared/base.css").doesNotContain("<script");
        }
        assertThat(app.get("/ogc?f=html").body()).startsWith("<!doctype html>");
        String evil = "<script>alert('x')</script>";
        assertThat(OgcHtml.page(evil, JSON.createObjectNode().put("title", evil)))
                .doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }
}
