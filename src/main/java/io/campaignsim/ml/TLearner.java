package io.campaignsim.ml;

/**
 * The two-model (T-) learner: one logistic outcome model on the treated rows, mu_1(x) =
 * P(buy | x, treated), one on the control rows, mu_0(x) = P(buy | x, control), and
 * uplift(x) = mu_1(x) - mu_0(x).
 *
 * <p>Simple and unbiased when both outcome models are right, but each model is fitted and
 * regularised for its own outcome, not for their difference; with a small arm or a weak
 * effect the difference is mostly the two models' noise (Künzel et al. 2019).
 *
 * @implNote Immutable and thread-safe once fitted.
 */
public final class TLearner implements UpliftModel {

    private final LogisticRegression treatedModel;
    private final LogisticRegression controlModel;

    private TLearner(LogisticRegression treatedModel, LogisticRegression controlModel) {
        this.treatedModel = treatedModel;
        this.controlModel = controlModel;
    }

    /** Fits on all rows: {@code treated[i]} is the arm of row i, {@code y[i]} its outcome in [0, 1]. */
    public static TLearner fit(FeatureMatrix x, boolean[] treated, double[] y, double l2) {
        return fit(x, null, treated, y, FitOptions.ridge(l2));
    }

    /** Fits on the matrix rows {@code rows} (null = all); both arms must be present. */
    public static TLearner fit(FeatureMatrix x, int[] rows, boolean[] treated, double[] y, FitOptions options) {
        Arms arms = Arms.split(x, rows, treated);
        return new TLearner(
                LogisticRegression.fit(x, arms.treated(), y, null, options),
                LogisticRegression.fit(x, arms.control(), y, null, options));
    }

    @Override
    public double uplift(double[] row) {
        return treatedModel.predict(row) - controlModel.predict(row);
    }

    @Override
    public double uplift(FeatureMatrix x, int row) {
        return treatedModel.predict(x, row) - controlModel.predict(x, row);
    }

    /** mu_1: P(buy | x, treated). */
    public LogisticRegression treatedModel() {
        return treatedModel;
    }

    /** mu_0: P(buy | x, control). */
    public LogisticRegression controlModel() {
        return controlModel;
    }
}
