package io.campaignsim.policy;

/**
 * Per-customer sends and opens in a few buckets (send hours, channels), one byte each: the
 * compact learning state of the per-customer learners ({@link SendTimeLearner},
 * {@link ChannelLearner}). When a bucket's sends reach 255, all of the customer's counts are
 * halved (rounding down), which keeps the rates and makes old evidence count half: quantised
 * counts with a slow forgetting, 2 bytes per bucket.
 *
 * @implNote Customer-local: each customer's slots are written only by the shard thread that
 *     owns the customer.
 */
final class OpenCounts {

    private final int buckets;
    private final byte[] sends;
    private final byte[] opens;

    OpenCounts(int customers, int buckets) {
        this.buckets = buckets;
        this.sends = new byte[customers * buckets];
        this.opens = new byte[customers * buckets];
    }

    /** Heap per customer. */
    static int bytesPerCustomer(int buckets) {
        return 2 * buckets;
    }

    int sends(int customer, int bucket) {
        return sends[customer * buckets + bucket] & 0xFF;
    }

    int opens(int customer, int bucket) {
        return opens[customer * buckets + bucket] & 0xFF;
    }

    void record(int customer, int bucket, boolean opened) {
        int base = customer * buckets;
        int k = base + bucket;
        if ((sends[k] & 0xFF) == 0xFF) {
            for (int b = base; b < base + buckets; b++) {
                sends[b] = (byte) ((sends[b] & 0xFF) >>> 1);
                opens[b] = (byte) ((opens[b] & 0xFF) >>> 1);
            }
        }
        sends[k]++;
        if (opened) {
            opens[k]++;
        }
    }
}
