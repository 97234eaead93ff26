package org.housesafe.cli;

import java.util.concurrent.Callable;
import org.housesafe.config.Config;
import org.housesafe.lifecycle.AuditVerifier;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.DatabaseSetupException;
import org.housesafe.platform.db.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code verify-audit}: walks every building's history hash chain. Exit 0 when intact, 1 at the
 * first broken link (named on standard output), 3 when the database cannot be opened or read.
 */
@Command(name = "verify-audit", mixinStandardHelpOptions = true,
        description = "Check that no building's history was edited, deleted or reordered (hash chain).")
public final class VerifyAuditCommand implements Callable<Integer> {
    private static final long PROGRESS_EVERY = 100_000;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        Config config = connection.config(System.getenv());
        try (Database db = ConnectionOptions.open(config)) {
            AuditVerifier.Result r = new AuditVerifier(db).verify(PROGRESS_EVERY,
                    n -> System.err.println("checked " + n + " events"));
            if (r.ok()) {
                System.out.println("OK: " + r.events() + " events in " + r.buildings() + " buildings, chain intact");
                return 0;
            }
            AuditVerifier.Broken b = r.firstBroken();
            System.out.println("BROKEN: building " + b.buildingId() + " event " + b.seq() + ": " + b.problem());
            return 1;
        } catch (DatabaseSetupException e) {
            System.err.println(e.getMessage());
            return 3;
        } catch (StoreException e) {
            System.err.println("Cannot read the history: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
            return 3;
        }
    }
}
