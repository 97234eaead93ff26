package org.housesafe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.geo.FootprintReader;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The shipped demo data, loaded through the import path, answers the report's figures over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoDataContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    Database db;
    TestApp app;

    abstract Database openDatabase() throws Exception;

    @BeforeAll
    void load() throws Exception {
        db = openDatabase();
        app = new TestApp(db);
        assertThat(DemoLoader.loadIfEmpty(app.services, boundaries())).isTrue();
    }

    @AfterAll
    void close() {
        app.close();
        db.close();
    }

    private FootprintReader boundaries() {
        return new FootprintReader(app.config.extent(), Integer.MAX_VALUE);
    }

    @Test
    void the_summary_shows_2081_surveyed_buildings_in_three_streets() throws Exception {
        JsonNode stats = JSON.readTree(app.get("/api/stats/summary?groupBy=street").body());
        assertThat(stats.get("total").get("surveyed").asInt()).isEqualTo(2081);
        assertThat(stats.get("total").get("buildings").asInt()).isEqualTo(2081 + 44);
        assertThat(stats.get("units")).extracting(u -> u.get("name").asText() + " " + u.get("surveyed").asInt())
                .containsExactlyInAnyOrder("华兴街道 836", "金龙坪街道 745", "联合街道 500");
        JsonNode grades = stats.get("total").get("byGrade");
        assertThat(grades.get("A").asInt() + " " + grades.get("B").asInt() + " " + grades.get("C").asInt() + " "
                + grades.get("D").asInt()).isEqualTo("12 40 38 18");
        JsonNode judgements = stats.get("total").get("byJudgement");
        assertThat(judgements.get("serious").asInt()).isEqualTo(14);
        assertThat(judgements.get("some").asInt()).isEqualTo(120);
    }

    @Test
    void every_community_of_the_summary_has_a_name_and_its_buildings() throws Exception {
        JsonNode stats = JSON.readTree(app.get("/api/stats/summary?groupBy=community").body());
        long sum = 0;
        for (JsonNode u : stats.get("units")) {
            assertThat(u.get("code").asText()).hasSize(12);
            assertThat(u.get("name").asText()).isNotBlank();
            sum += u.get("buildings").asLong();
        }
        assertThat(sum).isEqualTo(2125);
    }

    @Test
    void a_second_start_never_loads_over_existing_data() throws Exception {
        assertThat(DemoLoader.loadIfEmpty(app.services, boundaries())).isFalse();
        JsonNode stats = JSON.readTree(app.get("/api/stats/summary").body());
        assertThat(stats.get("total").get("buildings").asInt()).isEqualTo(2125);
    }
}
