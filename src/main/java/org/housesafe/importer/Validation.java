package org.housesafe.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Phase one of an import: every feature read in file order on the calling thread, checked and
 * prepared in batches on {@code threads} workers, and taken back in file order to find repeated
 * keys and to spool the valid rows. Once any feature has failed, rows are no longer spooled (the
 * import will be refused) but every feature is still checked, so that all errors are reported.
 */
final class Validation {
    private static final int BATCH = 256;

    /** A feature to prepare, or the error that it could not even be read. */
    private record Item(long index, JsonNode feature, ImportError unreadable) {
    }

    /** A prepared feature and, when valid, its row encoded for the spool. */
    private record Done(FeaturePreparer.Outcome outcome, Spool.Encoded row) {
    }

    private final FeaturePreparer preparer;
    private final int threads;
    private final Ticker ticker;
    final ErrorList errors = new ErrorList();
    final Keys keys = new Keys();
    private long checked;
    private boolean fatal;

    Validation(FeaturePreparer preparer, int threads, Ticker ticker) {
        this.preparer = preparer;
        this.threads = Math.max(1, threads);
        this.ticker = ticker;
    }

    /** @return the number of features read */
    long run(FeatureSource source, Spool spool) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "housesafe-import-check");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<List<Done>>> pending = new ArrayDeque<>();
        try {
            long index = 0;
            List<Item> batch = new ArrayList<>(BATCH);
            for (boolean last = false; !last; ) {
                Item item = read(source, index);
                last = item == null || fatal;
                if (item != null) {
                    batch.add(item);
                    index = Math.max(index, item.index() + 1);
                }
                if (batch.size() == BATCH || last && !batch.isEmpty()) {
                    List<Item> work = batch;
                    pending.add(pool.submit(() -> work.stream().map(w -> prepare(w, spool)).toList()));
                    batch = new ArrayList<>(BATCH);
                }
                while (pending.size() > threads * 4 || last && !pending.isEmpty()) {
                    take(pending.poll(), spool);
                }
            }
            ticker.end(ImportPhase.VALIDATING, checked, checked);
            return index;
        } finally {
            pool.shutdownNow();
        }
    }

    private Item read(FeatureSource source, long index) throws IOException {
        try {
            JsonNode f = source.next();
            return f == null ? null : new Item(index, f, null);
        } catch (FeatureSource.Unreadable u) {
            fatal = u.fatal;
            return new Item(u.error.index(), null, u.error);
        }
    }

    private Done prepare(Item item, Spool spool) {
        FeaturePreparer.Outcome o = item.unreadable() != null ? FeaturePreparer.Outcome.failed(item.unreadable())
                : preparer.prepare(item.index(), item.feature());
        return new Done(o, o.row() == null ? null : spool.encode(o.row()));
    }

    private void take(Future<List<Done>> done, Spool spool) throws IOException {
        List<Done> outcomes;
        try {
            outcomes = done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking a feature failed", e.getCause());
        }
        for (Done d : outcomes) {
            FeaturePreparer.Outcome o = d.outcome();
            ImportError repeat = o.row() == null ? null : keys.claim(o.index(), o.row().building());
            if (!o.errors().isEmpty() || repeat != null) {
                errors.addAll(repeat == null ? o.errors() : List.of(repeat));
            } else if (errors.isEmpty()) {
                spool.append(d.row());
            }
            checked++;
        }
        ticker.tick(ImportPhase.VALIDATING, checked, -1);
    }
}
