package org.housesafe.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.housesafe.testing.TestTmp;
import org.junit.jupiter.api.Test;

/** A database that cannot be opened is reported at once, with the file, H2's reason and the way out. */
class UnopenableDatabaseTest {

    @Test
    void a_damaged_embedded_file_is_named_with_its_cause_at_once() throws Exception {
        Path dir = Files.createDirectories(TestTmp.dir().resolve("damaged-" + UUID.randomUUID()));
        Path file = dir.resolve("housesafe.mv.db");
        Files.write(file, new byte[64 * 1024]);   // zeros: no MVStore header
        String url = "jdbc:h2:file:" + dir.resolve("housesafe") + ";WRITE_DELAY=0";
        long start = System.nanoTime();
        assertThatThrownBy(() -> Database.open(url, null, null))
                .isInstanceOf(DatabaseSetupException.class)
                .hasMessageContaining("Cannot open the embedded database " + file)
                .hasMessageContaining("corrupted")
                .hasMessageContaining("Durability of the embedded database");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to say so").isLessThan(5_000);
    }

    @Test
    void an_unreachable_postgresql_is_reported_with_its_reason_at_once() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/none", "nobody", "x"))
                .isInstanceOf(DatabaseSetupException.class)
                .hasMessageContaining("Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/none")
                .hasMessageContaining("refused");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to say so").isLessThan(5_000);
    }
}
