package org.housesafe.ogc.cql2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.housesafe.building.BuildingCondition;
import org.housesafe.platform.db.PostgisDialect;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.web.ApiException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the filter table: the input gives exactly that SQL and those bound values, or that 400. */
class Cql2TableTest {

    static List<FilterCases.Case> cases() throws IOException {
        return FilterCases.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_filter_gives_its_sql_and_parameters_or_its_error(FilterCases.Case c) {
        if (c.get("error") != null) {
            assertThatThrownBy(() -> Cql2.parse(c.input(), c.lang(), c.crs()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.getMessage()).isEqualTo(c.get("error"));
                    });
            return;
        }
        BuildingCondition condition = Cql2.parse(c.input(), c.lang(), c.crs());
        Sql sql = new Sql();
        condition.appendTo(sql, new PostgisDialect());
        assertThat(sql.text()).isEqualTo(c.get("sql"));
        assertThat(FilterCases.params(sql)).isEqualTo(c.get("params") == null ? "" : c.get("params"));
    }
}
