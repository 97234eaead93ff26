package org.housesafe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's section replaces the section of the same heading and nothing else. */
class BenchmarksFileTest {

    @Test
    void replaces_its_own_section_keeps_the_others_and_appends_a_new_one(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("BENCHMARKS.md");
        Files.writeString(file, "# Benchmarks\n\n## PostGIS, 10 buildings\n\nold\n\n## Map\n\nhand-written\n");
        BenchmarksFile.write(file, "## PostGIS, 10 buildings", "## PostGIS, 10 buildings\n\nnew\n");
        BenchmarksFile.write(file, "## H2GIS, 10 buildings", "## H2GIS, 10 buildings\n\nh2\n");
        assertThat(Files.readString(file)).isEqualTo("# Benchmarks\n\n## PostGIS, 10 buildings\n\nnew\n\n"
                + "## Map\n\nhand-written\n\n## H2GIS, 10 buildings\n\nh2\n");
    }

    @Test
    void creates_a_missing_file_with_a_title(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/B.md");
        BenchmarksFile.write(file, "## H2GIS, 10 buildings", "## H2GIS, 10 buildings\n\nh2\n");
        assertThat(Files.readString(file)).startsWith("# Benchmarks\n").endsWith("## H2GIS, 10 buildings\n\nh2\n");
    }
}
