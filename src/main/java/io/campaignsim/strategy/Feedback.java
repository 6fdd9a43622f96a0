package io.campaignsim.strategy;

import java.util.Arrays;

/**
 * One shard's decisions of one day and what came of them, as growable primitive columns: which
 * customer, which arm (or {@link Strategy#NO_CONTACT}: the control group a strategy chose not
 * to contact), whether the contact was delivered and opened, whether the strategy chose its
 * {@code no_contact} arm, whether the customer bought that day and the profit (margin minus
 * incentive minus contact cost; for a strategy with a {@link RewardWindow}, the decision's CLV
 * reward, see there). Strategies read it in {@link Strategy#learn}; only {@link StrategyPolicy}
 * writes it.
 */
public final class Feedback {

    private final int dimension;
    private int size;
    private int[] customer = new int[256];
    private int[] arm = new int[256];
    private int[] channel = new int[256];
    private byte[] flags = new byte[256];
    private double[] profit = new double[256];
    private double[] mark = new double[256];
    private int day = -1;
    private double[] features;
    /** Bumped by every change to the rows, so that a preparation of older rows is not taken for current. */
    private int version;
    private int preparedVersion = -1;
    private Object attachment;

    private static final byte DELIVERED = 1;
    private static final byte OPENED = 2;
    private static final byte PURCHASED = 4;
    private static final byte ABSTAINED = 8;

    Feedback(int dimension) {
        this.dimension = dimension;
        this.features = new double[dimension > 0 ? 256 * dimension : 0];
    }

    public int size() {
        return size;
    }

    public int customer(int k) {
        return customer[k];
    }

    public int arm(int k) {
        return arm[k];
    }

    /** Channel the contact used (-1 for the control group). */
    public int channel(int k) {
        return channel[k];
    }

    public boolean delivered(int k) {
        return (flags[k] & DELIVERED) != 0;
    }

    public boolean opened(int k) {
        return (flags[k] & OPENED) != 0;
    }

    /** The strategy chose its no-contact arm ({@code no_contact}): nothing was sent, by decision. */
    public boolean abstained(int k) {
        return (flags[k] & ABSTAINED) != 0;
    }

    /**
     * Whether the row's outcome belongs to its arm, so a learner should count it: the contact was
     * delivered, or the arm is the no-contact arm. (Rows of arms the guard rails blocked are not.)
     */
    public boolean learnable(int k) {
        return (flags[k] & (DELIVERED | ABSTAINED)) != 0;
    }

    /** Day of the decisions in this buffer (-1 before the first). */
    public int day() {
        return day;
    }

    public boolean purchased(int k) {
        return (flags[k] & PURCHASED) != 0;
    }

    /** Profit of the customer-day attributable to the decision: margin - incentive - contact cost. */
    public double profit(int k) {
        return profit[k];
    }

    /** The customer's features at decision time (only when the strategy asked for them). */
    public double feature(int k, int j) {
        return features[k * dimension + j];
    }

    /**
     * Whether {@link Strategy#prepare} ran on these rows as they are now (no row added or changed
     * since): then what it prepared, in {@link #attachment()}, is current.
     */
    public boolean prepared() {
        return preparedVersion == version;
    }

    /** A learner's own per-shard state kept with this buffer (which is reused day after day), or null. */
    public Object attachment() {
        return attachment;
    }

    /** Sets {@link #attachment()} (from {@link Strategy#prepare} or {@link Strategy#learn} only). */
    public void attach(Object value) {
        attachment = value;
    }

    void markPrepared() {
        preparedVersion = version;
    }

    /** Copies row {@code k}'s features into {@code out}. */
    public void features(int k, double[] out) {
        System.arraycopy(features, k * dimension, out, 0, dimension);
    }

    int add(int customerIndex, int armIndex, int channelIndex, double[] x) {
        if (size == customer.length) {
            int n = size * 2;
            customer = Arrays.copyOf(customer, n);
            arm = Arrays.copyOf(arm, n);
            channel = Arrays.copyOf(channel, n);
            flags = Arrays.copyOf(flags, n);
            profit = Arrays.copyOf(profit, n);
            mark = Arrays.copyOf(mark, n);
            if (dimension > 0) {
                features = Arrays.copyOf(features, n * dimension);
            }
        }
        customer[size] = customerIndex;
        arm[size] = armIndex;
        channel[size] = channelIndex;
        flags[size] = 0;
        profit[size] = 0;
        if (dimension > 0 && x != null) {
            System.arraycopy(x, 0, features, size * dimension, dimension);
        }
        version++;
        return size++;
    }

    void markAbstained(int k) {
        version++;
        flags[k] |= ABSTAINED;
    }

    /** A value kept with row {@code k} until it matures (the customer's discounted profit so far). */
    void mark(int k, double value) {
        mark[k] = value;
    }

    double mark(int k) {
        return mark[k];
    }

    void setProfit(int k, double value) {
        version++;
        profit[k] = value;
    }

    void day(int d) {
        day = d;
    }

    void delivered(int k, boolean wasOpened, double contactCost) {
        version++;
        flags[k] |= DELIVERED;
        if (wasOpened) {
            flags[k] |= OPENED;
        }
        profit[k] -= contactCost;
    }

    void purchased(int k, double purchaseProfit) {
        version++;
        flags[k] |= PURCHASED;
        profit[k] += purchaseProfit;
    }

    void clear() {
        version++;
        size = 0;
    }
}
