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
import org.locationtech.jts.geom.Envelope;

class BuildingQueryParserTest {
    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 26);
    private final BuildingQueryParser parser = new BuildingQueryParser(Config.Limits.DEFAULT);

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
        assertThat(BuildingSql.escapeLike("50%_off!")).isEqualTo("50!%!_off!!");
    }
}
