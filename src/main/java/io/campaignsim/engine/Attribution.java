package io.campaignsim.engine;

import io.campaignsim.core.Metric;

/**
 * Per customer, what the micro review allocates from: profit in the policy world and in the
 * no-contact twin over the run, and delivered contacts per channel and per touchpoint (saturating
 * 16-bit counts). 16 + 2 x (channels + touchpoints) bytes a customer; each customer's slots are
 * written only by the shard that owns the customer.
 */
final class Attribution {

    private final int channels;
    private final int touchpoints;
    private final double[] profit;
    private final double[] twinProfit;
    private final short[] byChannel;
    private final short[] byTouchpoint;

    Attribution(int customers, int channels, int touchpoints) {
        this.channels = channels;
        this.touchpoints = touchpoints + 1; // the last slot: contacts no touchpoint proposed
        this.profit = new double[customers];
        this.twinProfit = new double[customers];
        this.byChannel = new short[customers * channels];
        this.byTouchpoint = new short[customers * this.touchpoints];
    }

    /** Bytes a customer for a policy with {@code touchpoints} touchpoints (for the memory guard). */
    static long bytesPerCustomer(int channels, int touchpoints) {
        return 16L + 2L * (channels + touchpoints + 1);
    }

    void contact(int i, int channel, int touchpoint, double cost) {
        profit[i] -= cost;
        bump(byChannel, i * channels + channel);
        bump(byTouchpoint, i * touchpoints + (touchpoint >= 0 ? touchpoint : touchpoints - 1));
    }

    void purchase(int i, double purchaseProfit) {
        profit[i] += purchaseProfit;
    }

    void twinPurchase(int i, double margin) {
        twinProfit[i] += margin;
    }

    private static void bump(short[] counts, int slot) {
        if (counts[slot] != Short.MAX_VALUE) {
            counts[slot]++;
        }
    }

    /**
     * The micro review's sums over customers {@code [from, to)} (one engine shard, summed in index order):
     * profit per channel, per touchpoint (the last: contacts no touchpoint proposed), contacts per
     * touchpoint, and the total, in that order. Each customer's twin difference is allocated over its
     * contacts (see {@link Breakdown}); {@link RunTally} lays the sums out. Reads only, so shards may
     * run it at once.
     */
    double[] sums(int from, int to) {
        double[] channelProfit = new double[channels];
        double[] touchProfit = new double[touchpoints];
        double[] touchContacts = new double[touchpoints];
        double total = 0;
        for (int i = from; i < to; i++) {
            double delta = profit[i] - twinProfit[i];
            total += delta;
            int sent = 0;
            for (int c = 0; c < channels; c++) {
                sent += byChannel[i * channels + c];
            }
            if (sent == 0) {
                continue;
            }
            for (int c = 0; c < channels; c++) {
                channelProfit[c] += delta * byChannel[i * channels + c] / sent;
            }
            int viaTouch = 0;
            for (int t = 0; t < touchpoints; t++) {
                viaTouch += byTouchpoint[i * touchpoints + t];
            }
            for (int t = 0; t < touchpoints; t++) {
                int k = byTouchpoint[i * touchpoints + t];
                touchContacts[t] += k;
                touchProfit[t] += delta * k / viaTouch;
            }
        }
        double[] out = new double[channels + 2 * touchpoints + 1];
        System.arraycopy(channelProfit, 0, out, 0, channels);
        System.arraycopy(touchProfit, 0, out, channels, touchpoints);
        System.arraycopy(touchContacts, 0, out, channels + touchpoints, touchpoints);
        out[out.length - 1] = total;
        return out;
    }

    static final Metric[] CHANNEL_METRICS = {Metric.CONTACTS, Metric.OPENS, Metric.CLICKS, Metric.CONTACT_CONVERSIONS};
}
