package org.housesafe.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an operation from {@code clients} threads at once, first untimed (warm-up), then timed
 * for a duration, and turns the samples into {@link Figures}. Every client does at least one
 * operation; iterations are numbered across clients so that an operation can pick a distinct
 * item (a cold tile) each time, up to {@code maxOps}.
 */
final class Measure {

    /** What one operation carried back. */
    record Outcome(long bytes, long items) {
    }

    /**
     * One operation; {@code n} counts operations across all clients of the run. Answering
     * {@code null} (nothing done) ends the client's run: the items ran out.
     */
    @FunctionalInterface
    interface Op {
        Outcome run(int client, long n) throws Exception;
    }

    private Measure() {
    }

    /** Runs {@code op} untimed for {@code time} (no-op for a zero time), failures ignored. */
    static void warmUp(int clients, Duration time, Op op) {
        if (!time.isZero()) {
            run(clients, time, Long.MAX_VALUE, op);
        }
    }

    static Figures timed(int clients, Duration time, long maxOps, Op op) {
        return run(clients, time, maxOps, op);
    }

    private record Sample(long ns, long bytes, long items) {
    }

    private static Figures run(int clients, Duration time, long maxOps, Op op) {
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long deadline = start + time.toNanos();
        AtomicLong end = new AtomicLong(start);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Sample>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                List<Sample> samples = new ArrayList<>();
                do {
                    long n = next.getAndIncrement();
                    if (n >= maxOps) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    try {
                        Outcome o = op.run(client, n);
                        if (o == null) {
                            break;
                        }
                        samples.add(new Sample(System.nanoTime() - t0, o.bytes(), o.items()));
                    } catch (Exception | AssertionError e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                    end.accumulateAndGet(System.nanoTime(), Math::max);
                } while (System.nanoTime() < deadline);
                return samples;
            }));
        }
        List<Sample> all = new ArrayList<>();
        try {
            for (Future<List<Sample>> f : futures) {
                all.addAll(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return Figures.of(clients, all.stream().mapToLong(Sample::ns).toArray(),
                all.stream().mapToLong(Sample::bytes).toArray(), all.stream().mapToLong(Sample::items).toArray(),
                end.get() - start, errors.get(), firstError.get());
    }
}
