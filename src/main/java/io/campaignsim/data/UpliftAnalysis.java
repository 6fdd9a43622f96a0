package io.campaignsim.data;

import io.campaignsim.ml.CrossFitting;
import io.campaignsim.ml.FeatureMatrix;
import io.campaignsim.ml.FitOptions;
import io.campaignsim.ml.ProbabilityModel;
import io.campaignsim.ml.TLearner;
import io.campaignsim.ml.XLearner;
import io.campaignsim.stats.UpliftMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Uplift models fitted on a randomised log and judged on data they did not see.
 *
 * <p>For each treated arm versus the control and each 0/1 outcome, a T-learner and an X-learner
 * ({@link TLearner}, {@link XLearner}; logistic outcome models, ridge {@value #L2}) are fitted with
 * k-fold cross-fitting ({@link CrossFitting}): every customer is scored by the models fitted on
 * the other folds. The X-learner weighs its two effect models by the arm's share of the pair, the
 * known randomisation probability. Those out-of-fold scores give the Qini curve, Qini
 * coefficient, AUUC and uplift at 10 % and 30 % ({@link UpliftMetrics}). Continuous outcomes are
 * skipped: the outcome models are logistic.
 */
public final class UpliftAnalysis {

    /** Ridge penalty, in rows: negligible for thousands of rows, keeps separable folds finite. */
    public static final double L2 = 1.0;
    public static final String T_LEARNER = "t-learner";
    public static final String X_LEARNER = "x-learner";

    private UpliftAnalysis() {}

    public static List<UpliftResult> run(LogTable t, Design d, FeatureEncoder encoder, List<double[]> outcomeValues,
                                         List<Boolean> binary, int folds, long seed) {
        int[] armOf = d.armOf(t);
        List<UpliftResult> out = new ArrayList<>();
        FitOptions options = FitOptions.ridge(L2);
        for (int a = 1; a < d.arms().size(); a++) {
            int[] rows = rowsOf(armOf, a);
            FeatureMatrix x = encoder.matrix(rows);
            if (x == null || rows.length < 2 * folds) {
                continue;
            }
            boolean[] treated = new boolean[rows.length];
            int nTreated = 0;
            for (int i = 0; i < rows.length; i++) {
                treated[i] = armOf[rows[i]] == a;
                nTreated += treated[i] ? 1 : 0;
            }
            ProbabilityModel share = ProbabilityModel.constant((double) nTreated / rows.length);
            CrossFitting cf = new CrossFitting(rows.length, folds, seed);
            for (int o = 0; o < d.outcomes().size(); o++) {
                if (!binary.get(o)) {
                    continue;
                }
                double[] y = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    y[i] = outcomeValues.get(o)[rows[i]];
                }
                String outcome = t.names().get(d.outcomes().get(o));
                double[] tScore = cf.outOfFold(x, train -> TLearner.fit(x, train, treated, y, options)::uplift);
                double[] xScore = cf.outOfFold(x, train -> XLearner.fit(x, train, treated, y, options, share)::uplift);
                out.add(result(outcome, T_LEARNER, d.arms().get(a), tScore, treated, y));
                out.add(result(outcome, X_LEARNER, d.arms().get(a), xScore, treated, y));
            }
        }
        return out;
    }

    private static UpliftResult result(String outcome, String model, String arm, double[] score, boolean[] treated,
                                       double[] y) {
        UpliftMetrics m = UpliftMetrics.of(score, treated, y);
        return new UpliftResult(outcome, model, arm, score.length, m.qiniCoefficient(), m.normalisedQini(), m.auuc(),
                m.upliftAtK(0.1), m.upliftAtK(0.3), m.qiniCurve(), m.randomQiniCurve(UpliftMetrics.DEFAULT_POINTS));
    }

    private static int[] rowsOf(int[] armOf, int arm) {
        return java.util.stream.IntStream.range(0, armOf.length).filter(i -> armOf[i] == 0 || armOf[i] == arm)
                .toArray();
    }
}
