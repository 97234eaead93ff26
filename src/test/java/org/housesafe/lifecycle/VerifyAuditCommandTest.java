package org.housesafe.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.housesafe.cli.VerifyAuditCommand;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.testing.TestTmp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code verify-audit} on an embedded database file in a scratch directory. */
class VerifyAuditCommandTest {
    private final PrintStream realOut = System.out;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Path dataDir;
    private UUID victim;

    @BeforeEach
    void createDatabase() {
        dataDir = TestTmp.dir().resolve("audit-cli-" + UUID.randomUUID());
        try (Database db = open()) {
            victim = AuditFixture.load(db, 4).get(2).building().id();
        }
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(realOut);
    }

    private Database open() {
        return Database.open("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("housesafe") + ";WRITE_DELAY=0",
                null, null);
    }

    private int verifyAudit() {
        return new CommandLine(new VerifyAuditCommand()).execute("--data-dir", dataDir.toString());
    }

    @Test
    void an_intact_history_exits_0_with_the_counts() {
        assertThat(verifyAudit()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("OK: 12 events in 4 buildings, chain intact\n");
    }

    @Test
    void an_edited_event_exits_1_naming_building_and_event() {
        try (Database db = open()) {
            new Jdbc(db).update("UPDATE building_event SET reason = '无' WHERE building_id = ? AND seq = 3", victim);
        }
        assertThat(verifyAudit()).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("BROKEN: building " + victim + " event 3: hash does not match its content (edited?)\n");
    }
}
