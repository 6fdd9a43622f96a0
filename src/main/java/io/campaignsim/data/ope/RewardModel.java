package io.campaignsim.data.ope;

import io.campaignsim.core.UserInputException;
import io.campaignsim.ml.CrossFitting;
import io.campaignsim.ml.FeatureMatrix;
import io.campaignsim.ml.FitOptions;
import io.campaignsim.ml.LogisticRegression;
import java.util.ArrayList;
import java.util.List;

/**
 * The reward model q̂(x, a, p) of DM, DR, switch-DR and DR-OS: the click probability of item a at
 * position p for a user with features x, one L2-penalised logistic regression pooled over all rows
 * (as the Open Bandit Pipeline's {@code RegressionModel} pools context and action) on
 * <pre>
 *   [user features of the row] [indicator of each item but item 0] [indicator of each position but 1]
 *   [the user's affinity to the item, when the log has user-item_affinity columns]
 * </pre>
 * <b>Cross-fitted</b>: the rows are split into K folds and the q̂ of a row comes from the model
 * fitted on the other K − 1 folds, so a row's own reward never enters its prediction. With the
 * in-sample cell mean this code used before, the weighted residuals summed to 0 in every cell and DR
 * was DM exactly; cross-fitted, DR's correction term is a real out-of-sample correction.
 *
 * <p>The item indicators let every item have its own click rate (the item's features in
 * {@code item_context.csv} are a function of the item, so they could add nothing that the
 * indicators do not already fit); the user features and the affinity are what make the model a
 * model of the context.
 *
 * @implNote Stateless.
 */
final class RewardModel {

    /** Default number of cross-fitting folds. */
    static final int DEFAULT_FOLDS = 5;
    /**
     * Default ridge penalty on the standardised slopes, in units of rows (see {@link FitOptions}):
     * clicks are rare (about 50 in 10,000 Open Bandit rows) and an item without a click in the
     * training folds would otherwise get a log-odds of minus infinity.
     */
    static final double DEFAULT_L2 = 1.0;

    /**
     * @param factual q̂(x_i, a_i, p_i) of each row
     * @param onPolicy Σ_a π(a | p_i) q̂(x_i, a, p_i) of each row
     * @param features the model's feature names
     */
    record Predictions(double[] factual, double[] onPolicy, List<String> features) {}

    private RewardModel() {}

    /**
     * Out-of-fold predictions for every row.
     *
     * @param pi π(a | p) as [position][item]
     * @throws UserInputException when the log has fewer rows than folds
     */
    static Predictions crossFit(BanditLog log, double[][] pi, int folds, long seed, double l2) {
        int n = log.size();
        if (n < folds) {
            throw new UserInputException(log.file() + ": " + n + " rows can not be split into " + folds
                    + " cross-fitting folds; expected at least " + folds + " rows (or a smaller --folds)");
        }
        Layout layout = new Layout(log);
        double[] x = new double[Math.multiplyExact(n, layout.d)];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            layout.fill(log, i, log.item(i), x, i * layout.d);
            y[i] = log.reward(i);
        }
        FeatureMatrix matrix = new FeatureMatrix(n, layout.d, x);
        CrossFitting split = new CrossFitting(n, folds, seed);
        double[] factual = new double[n];
        double[] onPolicy = new double[n];
        double[] row = new double[layout.d];
        for (int f = 0; f < folds; f++) {
            LogisticRegression model = LogisticRegression.fit(matrix, split.trainRows(f), y, null, FitOptions.ridge(l2));
            for (int i : split.testRows(f)) {
                int p = log.position(i);
                double value = 0;
                for (int a = 0; a < log.items(); a++) {
                    double share = pi[p][a];
                    if (share > 0 || a == log.item(i)) {
                        layout.fill(log, i, a, row, 0);
                        double q = model.predict(row);
                        value += share * q;
                        if (a == log.item(i)) {
                            factual[i] = q;
                        }
                    }
                }
                onPolicy[i] = value;
            }
        }
        return new Predictions(factual, onPolicy, layout.names);
    }

    /** Where each feature sits in a model row. */
    private static final class Layout {
        final int context;
        final int items;
        final int positions;
        final boolean affinity;
        final int d;
        final List<String> names = new ArrayList<>();

        Layout(BanditLog log) {
            this.context = log.context() == null ? 0 : log.context().d();
            this.items = log.items();
            this.positions = log.positions();
            this.affinity = log.hasAffinity();
            names.addAll(log.contextNames());
            for (int a = 1; a < items; a++) {
                names.add("item=" + a);
            }
            for (int p = 2; p <= positions; p++) {
                names.add("position=" + p);
            }
            if (affinity) {
                names.add("user-item_affinity");
            }
            // a log with one item at one position and no features still needs a column: a constant 0
            if (names.isEmpty()) {
                names.add("(intercept only)");
            }
            this.d = names.size();
        }

        /** Writes the features of row {@code i} shown {@code item} into {@code out} from {@code at}. */
        void fill(BanditLog log, int i, int item, double[] out, int at) {
            java.util.Arrays.fill(out, at, at + d, 0.0);
            int j = at;
            for (int c = 0; c < context; c++) {
                out[j++] = log.context().get(i, c);
            }
            if (item >= 1) {
                out[j + item - 1] = 1;
            }
            j += items - 1;
            int p = log.position(i);
            if (p >= 2) {
                out[j + p - 2] = 1;
            }
            j += Math.max(positions - 1, 0);
            if (affinity) {
                out[j] = log.affinity(i, item);
            }
        }
    }
}
