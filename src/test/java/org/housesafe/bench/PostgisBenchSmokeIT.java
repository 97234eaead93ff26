package org.housesafe.bench;

import java.nio.file.Path;
import org.housesafe.testing.PostgresCluster;
import org.housesafe.testing.PostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's smoke run on PostgreSQL + PostGIS, in a database of the run's throwaway cluster. */
@ExtendWith(PostgresExtension.class)
class PostgisBenchSmokeIT {

    @Test
    void a_tiny_city_on_postgis_gives_figures_for_every_case(PostgresCluster pg, @TempDir Path dir) throws Exception {
        BenchSmoke.runAndCheck(BenchSmoke.config(dir, pg.createDatabase("bench"), PostgresCluster.USER,
                PostgresCluster.PASSWORD), dir, "## PostGIS, 1,000 buildings");
    }
}
