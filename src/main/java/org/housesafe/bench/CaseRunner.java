package org.housesafe.bench;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Runs one case: the service side, then the raw side, each warmed up and then timed with the
 * run's settings, announcing "case n of m" as it starts.
 */
final class CaseRunner {
    /**
     * One side of a case.
     *
     * @param warmup untimed operation before the timed run ({@code null}: none)
     * @param maxOps at most this many timed operations (distinct items), {@link Long#MAX_VALUE} for none
     */
    record Side(int clients, Measure.Op warmup, Measure.Op op, long maxOps) {
        static Side of(int clients, Measure.Op warmup, Measure.Op op) {
            return new Side(clients, warmup, op, Long.MAX_VALUE);
        }
    }

    private final BenchSettings settings;
    private final Progress progress;
    private final int total;
    private int started;

    CaseRunner(BenchSettings settings, Progress progress, int total) {
        this.settings = settings;
        this.progress = progress;
        this.total = total;
    }

    /**
     * @param raw  {@code null} when there is no raw side
     * @param note the notes column from the service's and the raw figures
     */
    CaseResult run(String key, String title, String unit, Side service, Side raw,
                   BiFunction<Figures, Figures, String> note) {
        return run(key, title, unit, service, f -> { }, raw, note);
    }

    /** As above, handing the service's figures to {@code afterService} before the raw side runs. */
    CaseResult run(String key, String title, String unit, Side service, Consumer<Figures> afterService, Side raw,
                   BiFunction<Figures, Figures, String> note) {
        progress.caseStart(++started, total, title + " (" + service.clients() + " client"
                + (service.clients() == 1 ? "" : "s") + ")");
        Figures s = side(service);
        afterService.accept(s);
        Figures r = raw == null ? null : side(raw);
        return new CaseResult(key, title, unit, s, r, note.apply(s, r));
    }

    /** A case whose raw side must run before the service's (it would collide with what the service writes). */
    CaseResult runRawFirst(String key, String title, String unit, Side service, Side raw,
                           BiFunction<Figures, Figures, String> note) {
        progress.caseStart(++started, total, title);
        Figures r = side(raw);
        Figures s = side(service);
        return new CaseResult(key, title, unit, s, r, note.apply(s, r));
    }

    /** A case whose raw side was measured by another (the same query: warm and cold tiles). */
    CaseResult reuseRaw(String key, String title, String unit, Side service, Figures raw,
                        BiFunction<Figures, Figures, String> note) {
        progress.caseStart(++started, total, title + " (" + service.clients() + " client"
                + (service.clients() == 1 ? "" : "s") + ")");
        Figures s = side(service);
        return new CaseResult(key, title, unit, s, raw, note.apply(s, raw));
    }

    Figures side(Side side) {
        if (side.warmup() != null) {
            Measure.warmUp(side.clients(), settings.warmup(), side.warmup());
        }
        return Measure.timed(side.clients(), settings.duration(), side.maxOps(), side.op());
    }

    Duration warmup() {
        return settings.warmup();
    }

    void skip(String title) {
        progress.caseStart(++started, total, title + ": skipped");
    }
}
