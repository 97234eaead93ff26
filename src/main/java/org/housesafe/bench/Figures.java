package org.housesafe.bench;

import java.util.Arrays;

/**
 * What one timed run measured: latency median and 95th percentile, operations, items (features,
 * rows, tiles) and bytes per second over the run's wall time, and the errors seen.
 *
 * @param firstError the first failure's message, {@code null} when none failed
 */
record Figures(int clients, long count, double medianMs, double p95Ms, double opsPerSecond, double itemsPerSecond,
               double bytesPerSecond, long medianBytes, long maxBytes, long medianItems, long errors,
               String firstError) {

    /** The figures of {@code latenciesNs} (one per successful operation) over {@code wallNs}. */
    static Figures of(int clients, long[] latenciesNs, long[] bytes, long[] items, long wallNs, long errors,
                      String firstError) {
        long[] sorted = latenciesNs.clone();
        Arrays.sort(sorted);
        double seconds = Math.max(wallNs, 1) / 1e9;
        return new Figures(clients, sorted.length, percentile(sorted, 0.5) / 1e6, percentile(sorted, 0.95) / 1e6,
                sorted.length / seconds, Arrays.stream(items).sum() / seconds, Arrays.stream(bytes).sum() / seconds,
                (long) median(bytes), Arrays.stream(bytes).max().orElse(0), (long) median(items), errors, firstError);
    }

    /** Nearest-rank percentile; NaN for no samples. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentile(sorted, 0.5);
    }

    boolean measured() {
        return count > 0 && errors == 0;
    }
}
