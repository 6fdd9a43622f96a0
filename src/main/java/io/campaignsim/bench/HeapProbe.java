package io.campaignsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap of one measured section: {@link #start()} collects garbage and resets every heap
 * pool's peak, {@link #peakBytes()} sums the pools' peaks since. The sum is an upper bound (the
 * young and old pools need not peak at the same moment), which is the safe side for "does it fit
 * in N GiB".
 */
public final class HeapProbe {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();

    /** Starts a section: full GC (a request the JVM honours unless -XX:+DisableExplicitGC), then resets peaks. */
    void start() {
        System.gc();
        for (MemoryPoolMXBean p : pools) {
            p.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peak usage since {@link #start()}. */
    long peakBytes() {
        long total = 0;
        for (MemoryPoolMXBean p : pools) {
            total += p.getPeakUsage().getUsed();
        }
        return total;
    }
}
