package io.campaignsim.ml;

import io.campaignsim.random.Draws;

/**
 * Simulated warm-up data with the four classic uplift groups and known truth. Features x1..x5 are
 * standard normal; x1 moves customers from sleeping dogs to persuadables, x2 from lost causes to
 * sure things, x3..x5 are noise. Group g is drawn with P(g | x) proportional to exp(s_g), where
 * s = (1.5 x1, 1.5 x2, -1.5 x2, -1.5 x1) for (persuadable, sure thing, lost cause, sleeping dog).
 *
 * <p>Purchase probabilities (control, treated) by group: persuadable (0.05, 0.40), sure thing
 * (0.60, 0.60), lost cause (0.02, 0.02), sleeping dog (0.30, 0.05). So sure things buy most but
 * have zero uplift, and the true individual uplift lies in [-0.25, 0.35] (range 0.6).
 */
record UpliftData(FeatureMatrix x, boolean[] treated, double[] y, double[] trueUplift, int[] group) {

    static final int PERSUADABLE = 0;
    static final int SURE_THING = 1;
    static final int LOST_CAUSE = 2;
    static final int SLEEPING_DOG = 3;
    static final int D = 5;
    /** max - min of the true individual uplift. */
    static final double UPLIFT_RANGE = 0.60;

    private static final double[] P_CONTROL = {0.05, 0.60, 0.02, 0.30};
    private static final double[] P_TREATED = {0.40, 0.60, 0.02, 0.05};

    static UpliftData simulate(int n, double treatmentShare, long seed) {
        Draws draws = new Draws(seed);
        double[] values = new double[n * D];
        boolean[] treated = new boolean[n];
        double[] y = new double[n];
        double[] trueUplift = new double[n];
        int[] group = new int[n];
        double[] score = new double[4];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < D; j++) {
                values[i * D + j] = draws.nextGaussian();
            }
            double x1 = values[i * D];
            double x2 = values[i * D + 1];
            score[PERSUADABLE] = Math.exp(1.5 * x1);
            score[SURE_THING] = Math.exp(1.5 * x2);
            score[LOST_CAUSE] = Math.exp(-1.5 * x2);
            score[SLEEPING_DOG] = Math.exp(-1.5 * x1);
            double u = draws.nextDouble() * (score[0] + score[1] + score[2] + score[3]);
            int g = 0;
            while (g < 3 && u >= score[g]) {
                u -= score[g];
                g++;
            }
            group[i] = g;
            treated[i] = draws.nextDouble() < treatmentShare;
            double p = treated[i] ? P_TREATED[g] : P_CONTROL[g];
            y[i] = draws.nextDouble() < p ? 1 : 0;
            trueUplift[i] = P_TREATED[g] - P_CONTROL[g];
        }
        return new UpliftData(new FeatureMatrix(n, D, values), treated, y, trueUplift, group);
    }

    /** Mean of {@code truth} over the {@code fraction} of rows with the highest {@code score}. */
    static double topMean(double[] score, double[] truth, double fraction) {
        int m = (int) Math.round(fraction * score.length);
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        double s = 0;
        for (int i = 0; i < m; i++) {
            s += truth[order[i]];
        }
        return s / m;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e;
        }
        return s / v.length;
    }

    static double correlation(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    /**
     * Hoeffding's bound for a mean of m of the rows drawn at random without replacement: it
     * exceeds the population mean by more than this with probability below {@code alpha}.
     * A model's top-m mean above it cannot be luck.
     */
    static double randomSubsetBound(int m, double alpha) {
        return UPLIFT_RANGE * Math.sqrt(Math.log(1 / alpha) / (2.0 * m));
    }
}
