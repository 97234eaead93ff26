package org.housesafe.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one rule for tests that need something outside the JVM (a PostgreSQL server with PostGIS, a
 * browser): under CI ({@code CI=true}) a missing requirement fails the test, because CI must never
 * silently skip; on a developer machine it skips the test with the same message.
 */
public final class Requirements {

    private Requirements() {
    }

    /**
     * Returns normally when {@code present}; otherwise fails (CI) or aborts (locally) the current test
     * with a message naming what is missing and how to install it.
     *
     * @param what         what is needed, e.g. {@code "PostGIS for PostgreSQL 15 (/usr/share/...)"}
     * @param present      whether it was found
     * @param howToInstall the command that installs it, e.g. {@code "apt-get install postgresql-15-postgis-3"}
     */
    public static void require(String what, boolean present, String howToInstall) {
        if (present) {
            return;
        }
        String message = what + " is missing; install it with: " + howToInstall;
        if (onCi()) {
            Assertions.fail(message + " (CI=true: tests needing it fail instead of being skipped)");
        }
        Assumptions.abort(message + " (skipped locally; with CI=true this test fails)");
    }

    /** Whether this run is CI, where missing requirements are failures. */
    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
