package org.housesafe.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on standard error while the benchmark works: the phase, the share done of long
 * phases (at most about once a second), and which case of how many is running.
 */
final class Progress {
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long lastPrint;

    Progress(PrintStream out) {
        this.out = out;
    }

    void phase(String text) {
        print(text);
    }

    /** {@code done} of {@code total} in the current phase; printed when a second has passed or at the end. */
    synchronized void share(String what, long done, long total) {
        long now = System.nanoTime();
        if (done < total && now - lastPrint < 1_000_000_000L) {
            return;
        }
        lastPrint = now;
        print(String.format(Locale.ROOT, "%s %d%% (%,d of %,d)", what, total <= 0 ? 0 : done * 100 / total, done,
                total));
    }

    void caseStart(int n, int of, String title) {
        print(String.format(Locale.ROOT, "case %d of %d: %s", n, of, title));
    }

    private synchronized void print(String text) {
        out.printf(Locale.ROOT, "[bench %6.1fs] %s%n", (System.nanoTime() - started) / 1e9, text);
        out.flush();
    }
}
