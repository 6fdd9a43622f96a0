package io.campaignsim.strategy.targeting;

import io.campaignsim.ml.FeatureMatrix;
import io.campaignsim.strategy.Feedback;
import java.util.Arrays;

/**
 * The randomised warm-up's data: each decision's features (without intercept), its arm (or
 * no contact) and whether the customer bought that day, in growable primitive columns.
 */
final class WarmupRows {

    private final int dimension;
    private double[] rows = new double[1024];
    private int[] arm = new int[64];
    private double[] outcome = new double[64];
    private int n;

    WarmupRows(int dimension) {
        this.dimension = dimension;
    }

    /** Adds every decision of one shard's day. */
    void addAll(Feedback f) {
        for (int k = 0; k < f.size(); k++) {
            grow(n + 1);
            for (int j = 0; j < dimension; j++) {
                rows[n * dimension + j] = f.feature(k, j + 1);
            }
            arm[n] = f.arm(k);
            outcome[n] = f.purchased(k) ? 1.0 : 0.0;
            n++;
        }
    }

    int size() {
        return n;
    }

    FeatureMatrix matrix() {
        return new FeatureMatrix(n, dimension, Arrays.copyOf(rows, n * dimension));
    }

    /** Arm of row i, or -1 for no contact. */
    int arm(int i) {
        return arm[i];
    }

    double[] outcomes() {
        return Arrays.copyOf(outcome, n);
    }

    /** Weight 1 for rows with {@code wantedArm}, 0 otherwise (fit one group's model on shared rows). */
    double[] weightsFor(int wantedArm) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = arm[i] == wantedArm ? 1.0 : 0.0;
        }
        return w;
    }

    boolean[] contacted() {
        boolean[] t = new boolean[n];
        for (int i = 0; i < n; i++) {
            t[i] = arm[i] >= 0;
        }
        return t;
    }

    private void grow(int need) {
        if (need > arm.length) {
            int cap = Math.max(need, arm.length * 2);
            arm = Arrays.copyOf(arm, cap);
            outcome = Arrays.copyOf(outcome, cap);
        }
        if ((long) need * dimension > rows.length) {
            rows = Arrays.copyOf(rows, Math.max(need * dimension, rows.length * 2));
        }
    }
}
