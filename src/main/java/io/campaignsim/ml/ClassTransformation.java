package io.campaignsim.ml;

import java.util.Objects;

/**
 * The class variable transformation of Jaskowski and Jaroszewicz (2012): one classifier for
 * Z = 1 when (treated and bought) or (control and did not buy), i.e. Z = T y + (1 - T)(1 - y).
 *
 * <p>With a randomised treatment share p = 1/2, P(Z = 1 | x) = (mu_1(x) + 1 - mu_0(x)) / 2, so
 * uplift(x) = 2 P(Z = 1 | x) - 1. For a general known share p the rows are weighted 1/(2p)
 * (treated) and 1/(2(1 - p)) (control), which makes the weighted arms balanced and independent
 * of x, and the same formula holds for the weighted classifier. The identity needs T independent
 * of x (a randomised warm-up); with targeted contacts use the X-learner with a propensity model.
 *
 * <p>Limits: with a logistic classifier the uplift is 2 sigma(beta . x) - 1, monotone in one
 * linear index, and the fit spends its capacity on Z, whose variation is mostly baseline noise
 * when effects are small.
 *
 * @implNote Immutable and thread-safe once fitted.
 */
public final class ClassTransformation implements UpliftModel {

    private final LogisticRegression classModel;

    private ClassTransformation(LogisticRegression classModel) {
        this.classModel = classModel;
    }

    /** Fits on all rows with the known treatment probability {@code treatmentShare} in (0, 1). */
    public static ClassTransformation fit(FeatureMatrix x, boolean[] treated, double[] y, double treatmentShare, double l2) {
        return fit(x, null, treated, y, treatmentShare, FitOptions.ridge(l2));
    }

    /** Fits on the matrix rows {@code rows} (null = all); both arms must be present. */
    public static ClassTransformation fit(FeatureMatrix x, int[] rows, boolean[] treated, double[] y,
                                          double treatmentShare, FitOptions options) {
        Objects.requireNonNull(options, "options");
        if (!(treatmentShare > 0 && treatmentShare < 1)) {
            throw new IllegalArgumentException("treatmentShare must be in (0, 1), but was " + treatmentShare);
        }
        Arms.split(x, rows, treated); // both arms present
        RowSet.checkLength("y", y.length, x);
        double[] z = new double[x.n()];
        double[] w = new double[x.n()];
        double wt = 0.5 / treatmentShare;
        double wc = 0.5 / (1 - treatmentShare);
        for (int r = 0; r < z.length; r++) {
            z[r] = treated[r] ? y[r] : 1 - y[r];
            w[r] = treated[r] ? wt : wc;
        }
        return new ClassTransformation(LogisticRegression.fit(x, rows, z, w, options));
    }

    @Override
    public double uplift(double[] row) {
        return 2 * classModel.predict(row) - 1;
    }

    @Override
    public double uplift(FeatureMatrix x, int row) {
        return 2 * classModel.predict(x, row) - 1;
    }

    /** The fitted classifier of Z. */
    public LogisticRegression classModel() {
        return classModel;
    }
}
