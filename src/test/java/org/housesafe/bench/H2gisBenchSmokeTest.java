package org.housesafe.bench;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's smoke run on the embedded H2GIS database. */
class H2gisBenchSmokeTest {

    @Test
    void a_tiny_city_on_h2gis_gives_figures_for_every_case(@TempDir Path dir) throws Exception {
        BenchSmoke.runAndCheck(BenchSmoke.config(dir, null, null, null), dir, "## H2GIS, 1,000 buildings");
    }
}
