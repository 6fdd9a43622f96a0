package io.campaignsim.strategy;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.random.Draws;

/**
 * What a strategy may look at when it decides one opportunity: the customer, the day, the
 * opportunity's channel, the observed history, this decision's own random draws and, computed
 * on first use, the customer's features. One instance per shard, reused for every decision.
 *
 * @implNote Not thread-safe: each shard thread has its own.
 */
public final class Decision {

    private final ObservedHistory history;
    private final FeatureBuilder features;
    private final double[] x;
    private final double[] slopes;
    private final Draws draws = new Draws(0);
    private boolean featuresReady;
    private int customer;
    private int day;
    private int channel;
    private int hour;
    private int category;
    private int offer;

    Decision(ObservedHistory history, FeatureBuilder features) {
        this.history = history;
        this.features = features;
        this.x = new double[features.dimension()];
        this.slopes = new double[features.dimension() - 1];
    }

    void reset(int customer, int day, int channel, int offer, int hour, int category, long drawKey) {
        this.offer = offer;
        this.customer = customer;
        this.day = day;
        this.channel = channel;
        this.hour = hour;
        this.category = category;
        this.featuresReady = false;
        draws.reset(drawKey);
    }

    public int customer() {
        return customer;
    }

    public int day() {
        return day;
    }

    /** Channel the journey policy proposed (strategies may override it with a channel arm). */
    public int channel() {
        return channel;
    }

    /** Offer the opportunity carries (-1: none). */
    public int offer() {
        return offer;
    }

    /** Send hour of the opportunity. */
    public int hour() {
        return hour;
    }

    /** Category the opportunity recommends, or -1. */
    public int category() {
        return category;
    }

    public ObservedHistory history() {
        return history;
    }

    /** Random draws of this decision only (same for any thread count). */
    public Draws draws() {
        return draws;
    }

    /** The features without the leading intercept, for models that fit their own (do not modify). */
    public double[] featuresWithoutIntercept() {
        System.arraycopy(features(), 1, slopes, 0, slopes.length);
        return slopes;
    }

    /** The customer's feature vector today (computed once per decision; do not modify). */
    public double[] features() {
        if (!featuresReady) {
            features.fill(history, customer, day, x);
            featuresReady = true;
        }
        return x;
    }
}
