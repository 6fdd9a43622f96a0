package io.campaignsim.population;

import java.util.List;

/**
 * The hidden truth about each customer that the world model uses to decide responses and that
 * only analysis (regret, true uplift) may read. Never handed to a strategy or policy.
 *
 * <p>Uplift groups are indexed as in {@code UpliftGroupsSpec.NAMES}: 0 persuadable, 1 sure
 * thing, 2 lost cause, 3 sleeping dog.
 *
 * @implNote Immutable after construction; safe to share between threads.
 */
public final class GroundTruth {

    public static final int PERSUADABLE = 0;
    public static final int SURE_THING = 1;
    public static final int LOST_CAUSE = 2;
    public static final int SLEEPING_DOG = 3;

    final int channels;
    final int categories;
    final float[] purchaseRate;
    final float[] churnHazard;
    final float[] basketMean;
    final float[] discountSensitivity;
    final byte[] upliftGroup;
    final float[] effectScale;
    final float[] channelAffinity;
    final byte[] preferredHour;
    final byte[] preferredWeekday;
    final float[] categoryAffinity;

    GroundTruth(int size, int channels, int categories) {
        this.channels = channels;
        this.categories = categories;
        purchaseRate = new float[size];
        churnHazard = new float[size];
        basketMean = new float[size];
        discountSensitivity = new float[size];
        upliftGroup = new byte[size];
        effectScale = new float[size];
        channelAffinity = new float[size * channels];
        preferredHour = new byte[size];
        preferredWeekday = new byte[size];
        categoryAffinity = new float[size * categories];
    }

    public int size() {
        return purchaseRate.length;
    }

    public int channels() {
        return channels;
    }

    public int categories() {
        return categories;
    }

    /** Daily organic purchase probability of the customer while active. */
    public double purchaseRate(int i) {
        return purchaseRate[i];
    }

    /** Base daily churn hazard. */
    public double churnHazard(int i) {
        return churnHazard[i];
    }

    /** Mean basket value. */
    public double basketMean(int i) {
        return basketMean[i];
    }

    /** Relative lift of a 10 % discount on the contact effect. */
    public double discountSensitivity(int i) {
        return discountSensitivity[i];
    }

    /** Uplift group index (see class comment). */
    public int upliftGroup(int i) {
        return upliftGroup[i];
    }

    /** Individual multiplier (mean 1) of the group's effect. */
    public double effectScale(int i) {
        return effectScale[i];
    }

    /** Multiplier (population mean about 1) of the channel's open rate for this customer. */
    public double channelAffinity(int i, int channel) {
        return channelAffinity[i * channels + channel];
    }

    public int preferredHour(int i) {
        return preferredHour[i];
    }

    /** 0 = Monday. */
    public int preferredWeekday(int i) {
        return preferredWeekday[i];
    }

    /**
     * Multiplier of a recommendation's effect in this category: log-normal with population mean 1
     * for every category, correlated between neighbouring categories (see docs/model.md).
     */
    public double categoryAffinity(int i, int category) {
        return categoryAffinity[i * categories + category];
    }

    /** Bytes held per customer, for the memory estimate. */
    public static long bytesPerCustomer(int channels, int categories) {
        return 4 * 4 + 1 + 4 + 4L * channels + 1 + 1 + 4L * categories;
    }

    static List<String> groupNames() {
        return List.of("persuadable", "sure_thing", "lost_cause", "sleeping_dog");
    }
}
