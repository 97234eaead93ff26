package org.housesafe.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.building.StoreFixture;
import org.housesafe.cli.ImportCommand;
import org.housesafe.cli.VerifyAuditCommand;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.TestTmp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code import FILE} on an embedded database in a scratch directory: exit codes, errors, progress. */
class ImportCommandTest {
    private final PrintStream realOut = System.out;
    private final PrintStream realErr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path dir;

    @BeforeEach
    void createDatabase() throws Exception {
        dir = TestTmp.dir().resolve("import-cli-" + UUID.randomUUID());
        Files.createDirectories(dir);
        try (Database db = Database.open("jdbc:h2:file:" + dir.toAbsolutePath().resolve("housesafe")
                + ";WRITE_DELAY=0", null, null)) {
            new AdminUnitStore(db).insertAll(StoreFixture.units());
        }
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(realOut);
        System.setErr(realErr);
    }

    private int run(Object command, String... args) {
        out.reset();
        err.reset();
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = dir.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        return new CommandLine(command).execute(full);
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void a_valid_file_is_imported_with_progress_and_its_history_verifies() throws Exception {
        Path f = file("ok.geojson", ImportFixture.valid(0, 40));
        assertThat(run(new ImportCommand(), "--actor", "survey-2024", f.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("imported 40 buildings in ");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("validating 0 features (",
                "validating 40 features (100% of the file)", "loading 0/40 rows", "loading 40/40 rows", "committing", "done");

        assertThat(run(new VerifyAuditCommand())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK: 40 events in 40 buildings");
    }

    @Test
    void a_bad_file_lists_every_error_and_exits_1_with_nothing_imported() throws Exception {
        String text = ImportFixture.valid(0, 5).replace("\"use\":\"other\"", "\"use\":\"xyz\"");
        assertThat(run(new ImportCommand(), file("bad.geojson", text).toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .filteredOn(l -> l.startsWith("feature "))
                .extracting(l -> l.substring(0, l.indexOf(':')))
                .containsExactly("feature 1", "feature 2", "feature 4");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("feature 1: properties.basic.use: must be one of [operating, mixed, other]")
                .contains("refused: 3 errors in 5 features; nothing was imported");

        assertThat(run(new VerifyAuditCommand())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK: 0 events in 0 buildings");
    }

    @Test
    void a_missing_file_exits_2() {
        assertThat(run(new ImportCommand(), dir.resolve("nowhere.geojson").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No such file");
    }
}
