package org.housesafe.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.housesafe.testing.PostgresCluster;
import org.housesafe.testing.PostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgisSetupIT {

    @Test
    void a_role_that_may_not_create_postgis_is_told_what_to_run(PostgresCluster pg) {
        String url = pg.createDatabaseWithoutPostgis("noext");
        assertThatThrownBy(() -> Database.open(url, PostgresCluster.USER, PostgresCluster.PASSWORD))
                .isInstanceOf(DatabaseSetupException.class)
                .hasMessageContaining("CREATE EXTENSION postgis")
                .hasMessageContaining(PostgresCluster.databaseName(url));
    }

    @Test
    void a_superuser_gets_the_extension_created_and_the_schema_migrated(PostgresCluster pg) throws Exception {
        String url = pg.createDatabaseWithoutPostgis("selfext");
        try (Database db = Database.open(pg.superuserUrl(PostgresCluster.databaseName(url)), null, null);
             var c = db.connection()) {
            assertThat(db.dialect().version(c)).contains("PostGIS");
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM building")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }
}
