package org.housesafe.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.building.StoreFixture;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.Requirements;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QGIS 3.22 (Debian, headless) loads the buildings through OGC API Features with a token and draws them. */
class QgisOgcTest {
    private static final int COUNT = 1_234;

    @Test
    void qgis_reads_every_building_through_a_basic_auth_configuration_and_draws_them(@TempDir Path dir) throws Exception {
        Requirements.require("QGIS's Python bindings (/usr/lib/python3/dist-packages/qgis)",
                Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/qgis")),
                "apt-get install --no-install-recommends python3-qgis qgis-providers");
        Database db = Database.open("jdbc:h2:mem:ogc-qgis-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        try (TestApp app = StoreFixture.app(db, COUNT)) {
            String token = app.token(app.user("qgis-planner", Role.PLANNER, Scope.ALL));
            Path png = dir.resolve("ogc.png");
            ProcessBuilder builder = new ProcessBuilder(List.of("timeout", "120", "/usr/bin/python3",
                    "scripts/qgis-ogc-check.py", app.base(), token, png.toString())).redirectErrorStream(true);
            List.of("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
                    .forEach(builder.environment()::remove);
            Process p = builder.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(150, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).contains("layer valid: True").contains("features: " + COUNT);
            assertThat(png).isNotEmptyFile();
        } finally {
            db.close();
        }
    }
}
