package io.campaignsim.strategy.rl;

import java.util.Arrays;

/**
 * Observed transitions (s, a, r, discount, s', actions allowed in s') in growable primitive
 * columns, states byte-quantised ({@link Quantizer}). {@code discount} is gamma to the number of
 * days between the two decisions (a semi-Markov step), and an empty allowed set in s' marks a
 * terminal state, whose value is 0.
 *
 * <p>Row cost: 2 * dimension + 20 bytes (a 30-feature state: 80 bytes).
 */
public final class Transitions {

    private final int dimension;
    private int size;
    private byte[] state;
    private byte[] next;
    private int[] action;
    private double[] reward;
    private float[] discount;
    private long[] nextAllowed;

    public Transitions(int dimension) {
        this(dimension, 64);
    }

    public Transitions(int dimension, int capacity) {
        this.dimension = dimension;
        int c = Math.max(1, capacity);
        state = new byte[c * dimension];
        next = new byte[c * dimension];
        action = new int[c];
        reward = new double[c];
        discount = new float[c];
        nextAllowed = new long[c];
    }

    public int dimension() {
        return dimension;
    }

    public int size() {
        return size;
    }

    /** Appends a transition; states are copied from {@code from[fromOffset..]} and {@code to[toOffset..]}. */
    public int add(byte[] from, int fromOffset, int a, double r, double disc, byte[] to, int toOffset, long allowed) {
        if (size == action.length) {
            grow(size * 2);
        }
        set(size, from, fromOffset, a, r, disc, to, toOffset, allowed);
        return size++;
    }

    /** Overwrites row k. */
    public void set(int k, byte[] from, int fromOffset, int a, double r, double disc, byte[] to, int toOffset, long allowed) {
        System.arraycopy(from, fromOffset, state, k * dimension, dimension);
        System.arraycopy(to, toOffset, next, k * dimension, dimension);
        action[k] = a;
        reward[k] = r;
        discount[k] = (float) disc;
        nextAllowed[k] = allowed;
    }

    /** Copies row k of {@code other} (same dimension) into row j of this. */
    public void copyRow(Transitions other, int k, int j) {
        set(j, other.state, k * dimension, other.action[k], other.reward[k], other.discount[k], other.next, k * dimension,
                other.nextAllowed[k]);
    }

    /** Appends row k of {@code other}. */
    public int addRow(Transitions other, int k) {
        return add(other.state, k * dimension, other.action[k], other.reward[k], other.discount[k], other.next,
                k * dimension, other.nextAllowed[k]);
    }

    public byte[] states() {
        return state;
    }

    public byte[] nextStates() {
        return next;
    }

    /** Offset of row k's state (and next state) in {@link #states()} / {@link #nextStates()}. */
    public int offset(int k) {
        return k * dimension;
    }

    public int action(int k) {
        return action[k];
    }

    public double reward(int k) {
        return reward[k];
    }

    public double discount(int k) {
        return discount[k];
    }

    public long nextAllowed(int k) {
        return nextAllowed[k];
    }

    public void clear() {
        size = 0;
    }

    private void grow(int capacity) {
        state = Arrays.copyOf(state, capacity * dimension);
        next = Arrays.copyOf(next, capacity * dimension);
        action = Arrays.copyOf(action, capacity);
        reward = Arrays.copyOf(reward, capacity);
        discount = Arrays.copyOf(discount, capacity);
        nextAllowed = Arrays.copyOf(nextAllowed, capacity);
    }
}
