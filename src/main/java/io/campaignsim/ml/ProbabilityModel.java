package io.campaignsim.ml;

/** A model of a probability given a customer's features, e.g. P(buy | x) or P(treated | x). */
@FunctionalInterface
public interface ProbabilityModel {

    /** The probability for one feature row (length d, no intercept column). */
    double probability(double[] row);

    /** The probability for row {@code row} of {@code x}; implementations avoid copying the row. */
    default double probability(FeatureMatrix x, int row) {
        return probability(x.row(row));
    }

    /** The probability of every row of {@code x}. */
    default double[] probabilities(FeatureMatrix x) {
        double[] out = new double[x.n()];
        for (int i = 0; i < out.length; i++) {
            out[i] = probability(x, i);
        }
        return out;
    }

    /** The same probability {@code p} for everyone, e.g. a known randomisation share. */
    static ProbabilityModel constant(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("expected a probability in [0, 1], but was " + p);
        }
        return new ProbabilityModel() {
            @Override
            public double probability(double[] row) {
                return p;
            }

            @Override
            public double probability(FeatureMatrix x, int row) {
                return p;
            }
        };
    }
}
