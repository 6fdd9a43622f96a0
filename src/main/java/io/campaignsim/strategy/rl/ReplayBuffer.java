package io.campaignsim.strategy.rl;

import io.campaignsim.random.Seeds;

/**
 * A bounded, uniform sample of every transition offered so far, kept for batch refits: each
 * transition gets a pseudo-random priority from its sequence number and the buffer keeps the
 * {@code capacity} smallest (bottom-k sampling, a reservoir that depends only on what was offered
 * and in which order, which is the same on any thread count).
 *
 * @implNote A max-heap of priorities over row slots; offering a row costs O(log capacity).
 */
final class ReplayBuffer {

    private final int capacity;
    private final long salt;
    private final Transitions rows;
    /** heap[h] = slot; the slot with the largest priority is at the root. */
    private final int[] heap;
    private final long[] priority;
    private long offered;

    ReplayBuffer(int dimension, int capacity, long salt) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, but was " + capacity);
        }
        this.capacity = capacity;
        this.salt = salt;
        this.rows = new Transitions(dimension, Math.min(capacity, 1 << 16));
        this.heap = new int[capacity];
        this.priority = new long[capacity];
    }

    /** The kept rows (slot order, not offer order). */
    Transitions rows() {
        return rows;
    }

    /** Transitions offered so far, kept or not. */
    long offered() {
        return offered;
    }

    /** Offers every row of {@code t}. */
    void offerAll(Transitions t) {
        for (int k = 0; k < t.size(); k++) {
            offer(t, k);
        }
    }

    void offer(Transitions t, int k) {
        long p = Seeds.mix(salt + 0x9E3779B97F4A7C15L * ++offered) >>> 1;
        int n = rows.size();
        if (n < capacity) {
            int slot = rows.addRow(t, k);
            priority[slot] = p;
            heap[n] = slot;
            siftUp(n);
            return;
        }
        int root = heap[0];
        if (p >= priority[root]) {
            return;
        }
        rows.copyRow(t, k, root);
        priority[root] = p;
        siftDown(0, n);
    }

    private void siftUp(int h) {
        while (h > 0) {
            int parent = (h - 1) >>> 1;
            if (priority[heap[parent]] >= priority[heap[h]]) {
                return;
            }
            swap(h, parent);
            h = parent;
        }
    }

    private void siftDown(int h, int n) {
        while (true) {
            int l = 2 * h + 1;
            if (l >= n) {
                return;
            }
            int big = l + 1 < n && priority[heap[l + 1]] > priority[heap[l]] ? l + 1 : l;
            if (priority[heap[h]] >= priority[heap[big]]) {
                return;
            }
            swap(h, big);
            h = big;
        }
    }

    private void swap(int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
