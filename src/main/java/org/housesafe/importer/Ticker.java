package org.housesafe.importer;

/** Passes progress on when a phase starts, at most once a second while it runs, and when it ends. */
final class Ticker {
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final ProgressListener listener;
    private ImportPhase phase;
    private long last;

    Ticker(ProgressListener listener) {
        this.listener = listener;
    }

    void tick(ImportPhase p, long done, long total) {
        long now = System.nanoTime();
        if (p != phase || now - last >= INTERVAL_NANOS) {
            phase = p;
            last = now;
            listener.progress(p, done, total);
        }
    }

    void end(ImportPhase p, long done, long total) {
        phase = p;
        last = System.nanoTime();
        listener.progress(p, done, total);
    }
}
