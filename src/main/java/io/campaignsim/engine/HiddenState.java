package io.campaignsim.engine;

import io.campaignsim.world.WorldModel;

/**
 * The simulator's private per-customer state: channel fatigue, true churn, and the
 * no-contact twin's recency and churn. Never visible to policies.
 */
final class HiddenState {

    static final byte CHURNED = 1;
    static final byte TWIN_CHURNED = 2;

    private final int channels;
    private final WorldModel world;
    final float[] fatigue;
    final byte[] flags;
    final int[] twinLastPurchaseDay;

    HiddenState(ObservedHistory history, WorldModel world) {
        int n = history.size();
        this.channels = history.channels();
        this.world = world;
        fatigue = new float[n * channels];
        flags = new byte[n];
        twinLastPurchaseDay = history.lastPurchaseDay.clone();
    }

    boolean churned(int i) {
        return (flags[i] & CHURNED) != 0;
    }

    boolean twinChurned(int i) {
        return (flags[i] & TWIN_CHURNED) != 0;
    }

    /** Channel fatigue today, decayed since the last contact on the channel. */
    double fatigue(ObservedHistory h, int i, int channel, int day) {
        int slot = i * channels + channel;
        float f = fatigue[slot];
        return f == 0f ? 0.0 : f * world.fatigueDecay(channel, day - h.lastChannelDay[slot]);
    }

    /** Sum of today's fatigue over channels. */
    double totalFatigue(ObservedHistory h, int i, int day) {
        if (h.lastContactDay[i] == ObservedHistory.NEVER) {
            return 0.0;
        }
        double total = 0;
        for (int c = 0; c < channels; c++) {
            total += fatigue(h, i, c, day);
        }
        return total;
    }

    /** Sets fatigue after a send; call after the history recorded the contact (its day is now today). */
    void setFatigue(int i, int channel, double value) {
        fatigue[i * channels + channel] = (float) value;
    }
}
