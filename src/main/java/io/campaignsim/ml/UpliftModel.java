package io.campaignsim.ml;

/**
 * A model of the uplift (conditional average treatment effect) of contacting a customer:
 * tau(x) = P(buy | x, treated) - P(buy | x, control), in [-1, 1] for binary outcomes.
 */
@FunctionalInterface
public interface UpliftModel {

    /** The predicted uplift for one feature row (length d, no intercept column). */
    double uplift(double[] row);

    /** The predicted uplift for row {@code row} of {@code x}; implementations avoid copying the row. */
    default double uplift(FeatureMatrix x, int row) {
        return uplift(x.row(row));
    }

    /** The predicted uplift of every row of {@code x}. */
    default double[] uplifts(FeatureMatrix x) {
        double[] out = new double[x.n()];
        for (int i = 0; i < out.length; i++) {
            out[i] = uplift(x, i);
        }
        return out;
    }
}
