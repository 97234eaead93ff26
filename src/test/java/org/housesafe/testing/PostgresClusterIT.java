package org.housesafe.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgresClusterIT {

    private static final String SQUARE = "POLYGON((116.391 39.901,116.402 39.901,116.402 39.912,116.391 39.912,116.391 39.901))";

    @Test
    void a_new_database_gives_the_ordinary_role_postgis(PostgresCluster pg) throws SQLException {
        String url = pg.createDatabase("selftest");

        try (Connection c = DriverManager.getConnection(url, PostgresCluster.USER, PostgresCluster.PASSWORD);
                Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT current_user")).isEqualTo("housesafe");
            assertThat(single(s, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user")).isEqualTo("false");
            assertThat(single(s, "SELECT postgis_version()")).startsWith("3.");
        }
    }

    @Test
    void a_polygon_column_in_wgs84_accepts_a_polygon_and_rejects_another_srid(PostgresCluster pg) throws SQLException {
        String url = pg.createDatabase("polygon");

        try (Connection c = DriverManager.getConnection(url, PostgresCluster.USER, PostgresCluster.PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE footprint (id serial PRIMARY KEY, geom geometry(Polygon,4326) NOT NULL)");
            s.execute("INSERT INTO footprint (geom) VALUES (ST_GeomFromText('" + SQUARE + "', 4326))");

            assertThat(single(s, "SELECT ST_SRID(geom) || ' ' || ST_AsText(geom) FROM footprint"))
                    .isEqualTo("4326 " + SQUARE);
            assertThatThrownBy(() -> s.execute("INSERT INTO footprint (geom) VALUES (ST_GeomFromText('" + SQUARE + "', 3857))"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("SRID");
        }
    }

    @Test
    void a_database_without_the_extension_lacks_postgis_and_the_ordinary_role_cannot_add_it(PostgresCluster pg)
            throws SQLException {
        String url = pg.createDatabaseWithoutPostgis("noext");

        try (Connection c = DriverManager.getConnection(url, PostgresCluster.USER, PostgresCluster.PASSWORD);
                Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT count(*) FROM pg_extension WHERE extname = 'postgis'")).isEqualTo("0");
            assertThatThrownBy(() -> s.execute("CREATE EXTENSION postgis"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void the_superuser_url_connects_as_postgres_and_the_log_stays_in_the_build_dir(PostgresCluster pg)
            throws SQLException {
        String db = PostgresCluster.databaseName(pg.createDatabase("superuser"));

        try (Connection c = DriverManager.getConnection(pg.superuserUrl(db)); Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT current_user || ' ' || current_database()")).isEqualTo("postgres " + db);
        }
        assertThat(pg.logFile()).startsWith(TestTmp.dir());
        assertThat(Files.exists(pg.logFile())).isTrue();
    }

    @Test
    void every_test_of_the_run_shares_one_cluster(PostgresCluster pg) {
        assertThat(PostgresCluster.get()).isSameAs(pg);
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
