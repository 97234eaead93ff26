package org.housesafe.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap growth of this JVM (the service runs in it) while something runs: the peak of the heap
 * in use after each garbage collection, above the heap in use after a collection before the
 * start. That is what the work keeps alive; garbage it leaves for the next collection is not
 * counted. When no collection happens meanwhile, the peak of the heap in use sampled every
 * 10 ms stands in (an upper bound, garbage included).
 */
final class HeapSampler implements AutoCloseable {
    private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).map(p -> p.getName())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private final long baseline;
    private final AtomicLong peakAfterGc = new AtomicLong(-1);
    private final AtomicLong peakUsed = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final Thread sampler;
    private volatile boolean running = true;

    HeapSampler() {
        System.gc();
        this.baseline = used();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                peakUsed.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> HEAP_POOLS.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
        peakAfterGc.accumulateAndGet(after, Math::max);
    }

    /** Growth in bytes: after-collection peak when there was a collection, else the sampled peak. */
    long growth() {
        long peak = peakAfterGc.get() >= 0 ? peakAfterGc.get() : peakUsed.get();
        return Math.max(0, peak - baseline);
    }

    /** Whether {@link #growth} comes from collections (true) or from the sampled upper bound. */
    boolean afterGc() {
        return peakAfterGc.get() >= 0;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
