package org.housesafe.ogc.cql2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.housesafe.platform.db.PostgisDialect;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.web.ApiException;
import org.junit.jupiter.api.Test;

/** Hostile filters too large for the table: each is a 400 naming the limit, never a stack overflow. */
class Cql2LimitsTest {

    private static void refused(String filter, String lang, String crs, String detail) {
        assertThatThrownBy(() -> Cql2.parse(filter, lang, crs)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).isEqualTo(detail);
        });
    }

    @Test
    void deep_parentheses_are_refused() {
        String deep = "(".repeat(100_000) + "vacant = TRUE" + ")".repeat(100_000);
        refused(deep.substring(0, 15_000), null, null, "filter: the filter nests deeper than 40 levels");
    }

    @Test
    void a_long_chain_of_not_is_refused() {
        refused("NOT ".repeat(3_000) + "vacant = TRUE", null, null, "filter: the filter nests deeper than 40 levels");
    }

    @Test
    void nesting_up_to_the_limit_is_accepted() {
        String filter = "(".repeat(39) + "vacant = TRUE" + ")".repeat(39);
        Sql sql = new Sql();
        Cql2.parse(filter, null, null).appendTo(sql, new PostgisDialect());
        assertThat(sql.text()).isEqualTo("b.vacant = ?");
    }

    @Test
    void deep_json_is_refused_by_the_json_parser() {
        String deep = "{\"op\":\"not\",\"args\":[".repeat(2_000) + "true" + "]}".repeat(2_000);
        refused(deep.substring(0, 15_000), Cql2.JSON, null,
                "filter: the JSON nests deeper than 80 levels or holds an over-long number");
    }

    @Test
    void a_long_json_number_is_refused() {
        refused("{\"op\":\"=\",\"args\":[{\"property\":\"floorArea\"}," + "9".repeat(1_000) + "]}", Cql2.JSON, null,
                "filter: the JSON nests deeper than 80 levels or holds an over-long number");
    }

    @Test
    void an_over_long_filter_is_refused_before_parsing() {
        refused("houseCode = '" + "x".repeat(16_000) + "'", null, null,
                "filter: the filter is longer than 16000 characters");
    }

    @Test
    void geometries_with_too_many_vertices_are_refused() {
        StringBuilder line = new StringBuilder("S_INTERSECTS(geometry, LINESTRING(");
        for (int i = 0; i < 1_001; i++) {
            line.append(i == 0 ? "" : ",").append("1 2");
        }
        refused(line + "))", null, null, "filter: the geometries have more than 1000 vertices");
    }

    @Test
    void deeply_nested_geometry_collections_are_refused() {
        String deep = "GEOMETRYCOLLECTION(".repeat(100) + "POINT(1 2)" + ")".repeat(100);
        refused("S_INTERSECTS(geometry, " + deep + ")", null, null, "filter: the filter nests deeper than 40 levels");
    }

    @Test
    void an_empty_filter_is_refused() {
        refused(" ", null, null, "filter: the filter is empty");
        refused(null, null, null, "filter: the filter is empty");
    }

    @Test
    void only_the_two_cql2_encodings_are_accepted() {
        refused("vacant = TRUE", "ecql", null, "filter-lang: must be cql2-text or cql2-json");
    }

    @Test
    void only_crs84_and_epsg_4326_are_accepted_as_filter_crs() {
        refused("vacant = TRUE", null, "http://www.opengis.net/def/crs/EPSG/0/3857", "filter-crs: must be "
                + "http://www.opengis.net/def/crs/OGC/1.3/CRS84 or http://www.opengis.net/def/crs/EPSG/0/4326");
    }

    @Test
    void conformance_lists_cql2_and_part_3_classes_once_each() {
        assertThat(Cql2.CONFORMANCE).doesNotHaveDuplicates()
                .contains("http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
                        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter")
                .allMatch(uri -> uri.startsWith("http://www.opengis.net/spec/"));
    }
}
