package io.campaignsim.policy;

/** Weighted isotonic regression by pool-adjacent-violators, in place (Barlow et al. 1972). */
final class Isotonic {

    private Isotonic() {}

    /** Replaces {@code y} by the non-increasing sequence closest to it in weighted least squares. */
    static void decreasing(double[] y, double[] w) {
        int n = y.length;
        double[] value = new double[n];
        double[] weight = new double[n];
        int[] size = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            value[blocks] = y[i];
            weight[blocks] = w[i];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && value[blocks - 2] < value[blocks - 1]) { // a violation: pool the two blocks
                double wt = weight[blocks - 2] + weight[blocks - 1];
                value[blocks - 2] = (value[blocks - 2] * weight[blocks - 2] + value[blocks - 1] * weight[blocks - 1]) / wt;
                weight[blocks - 2] = wt;
                size[blocks - 2] += size[blocks - 1];
                blocks--;
            }
        }
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < size[b]; k++) {
                y[i++] = value[b];
            }
        }
    }
}
