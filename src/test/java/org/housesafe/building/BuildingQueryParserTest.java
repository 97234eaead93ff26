package org.housesafe.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.housesafe.account.Scope;
import org.housesafe.config.Config;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.web.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;

class BuildingQueryParserTest {
    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 26);
    private final BuildingQueryParser parser = new BuildingQueryParser(Config.defaults());

    @Test
    void no_parameters_mean_everything_in_pages_of_a_hundred() {
        BuildingQuery q = parser.parse(Map.of(), Scope.ALL, TODAY);
        assertThat(q.filter()).isEqualTo(BuildingFilter.ALL);
        assertThat(q.limit()).isEqualTo(100);
        assertThat(q.after()).isNull();
    }

    @Test
    void every_filter_is_parsed_into_its_typed_form() {
        BuildingQuery q = parser.parse(Map.of(
                "bbox", List.of("112.5,26.8,112.6,26.9"), "street", List.of("430408003,430406006"),
                "community", List.of("430408004001"), "status", List.of("closed,demolished"),
                "grade", List.of("C,D"), "use", List.of("operating"), "q", List.of(" 华兴 "),
                "overdue", List.of("true"), "limit", List.of("10000"), "after", List.of("00000000-0000-0000-0000-000000000001")), Scope.ALL, TODAY);
        assertThat(q.filter().bbox()).isEqualTo(new Envelope(112.5, 112.6, 26.8, 26.9));
        assertThat(q.filter().streets()).containsExactly("430408003", "430406006");
        assertThat(q.filter().statuses()).containsExactly(Status.CLOSED, Status.DEMOLISHED);
        assertThat(q.filter().grades()).isEqualTo(Set.of(Grade.C, Grade.D));
        assertThat(q.filter().text()).isEqualTo("华兴");
        assertThat(q.limit()).isEqualTo(10_000);
        assertThat(q.filter().overdue()).isEqualTo(new BuildingFilter.Overdue(true, TODAY));
    }

    @Test
    void a_repeated_parameter_is_refused_rather_than_half_read() {
        assertThatThrownBy(() -> parser.parse(Map.of("status", List.of("closed", "surveyed")), Scope.ALL, TODAY))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("status"));
    }

    @Test
    void a_short_uuid_form_java_would_accept_is_refused() {
        assertThatThrownBy(() -> parser.parse(Map.of("after", List.of("1-1-1-1-1")), Scope.ALL, TODAY))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void like_wildcards_are_escaped() {
        assertThat(BuildingFilters.escapeLike("50%_off!")).isEqualTo("50!%!_off!!");
    }

    @Test
    void hazard_types_dates_and_a_drawn_area_are_parsed_into_the_filter() {
        BuildingFilter f = parser.filter(Map.of("hazardType", List.of("alteration,cantilever"),
                "from", List.of("2022-05-20"), "to", List.of("2022-08-31"), "within", List.of(SQUARE),
                "groupBy", List.of("street")), Scope.ALL, TODAY, Set.of("groupBy"));
        assertThat(f.hazardTypes()).containsExactly("alteration", "cantilever");
        assertThat(f.lastEvent().start()).isEqualTo(java.time.Instant.parse("2022-05-19T16:00:00Z"));
        assertThat(f.lastEvent().end()).isEqualTo(java.time.Instant.parse("2022-08-31T16:00:00Z"));
        assertThat(f.within().getArea()).isGreaterThan(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hazardType | rust",
            "from       | 2024-13-45",
            "to         | 2022-02-30",
            "from       | 22-05-20",
            "within     | {not json",
            "groupBy    | street"})
    void a_bad_or_unknown_filter_value_is_a_400_naming_its_parameter(String name, String value) {
        assertThatThrownBy(() -> parser.filter(Map.of(name, List.of(value)), Scope.ALL, TODAY, Set.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors().get(0).field()).isEqualTo(name);
                });
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> parser.filter(Map.of("from", List.of("2022-06-02"), "to", List.of("2022-06-01")),
                Scope.ALL, TODAY, Set.of())).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(400));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a bow tie: self-intersecting
            "{\"type\":\"Polygon\",\"coordinates\":[[[112.5,26.8],[112.6,26.9],[112.6,26.8],[112.5,26.9],[112.5,26.8]]]}",
            // the whole earth: outside the service extent
            "{\"type\":\"Polygon\",\"coordinates\":[[[-180,-90],[180,-90],[180,90],[-180,90],[-180,-90]]]}",
            "{\"type\":\"Point\",\"coordinates\":[112.5,26.8]}"})
    void a_drawn_area_that_is_no_valid_polygon_in_the_extent_is_a_422_naming_within(String geometry) {
        assertThatThrownBy(() -> parser.filter(Map.of("within", List.of(geometry)), Scope.ALL, TODAY, Set.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors().get(0).field()).startsWith("within");
                });
    }

    @Test
    void a_street_or_community_outside_the_callers_scope_is_a_403() {
        Scope west = Scope.of(Set.of("430408003"));
        assertThat(parser.filter(Map.of("street", List.of("430408003"), "community", List.of("430408003001")), west,
                TODAY, Set.of()).streets()).containsExactly("430408003");
        for (String[] p : new String[][] {{"street", "430408003,430406006"}, {"community", "430406006001"}}) {
            assertThatThrownBy(() -> parser.filter(Map.of(p[0], List.of(p[1])), west, TODAY, Set.of()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(403);
                        assertThat(e.errors().get(0).field()).isEqualTo(p[0]);
                    });
        }
    }

    private static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[112.5,26.8],[112.6,26.8],[112.6,26.9],[112.5,26.9],[112.5,26.8]]]}";
}
