package io.campaignsim.ml;

/**
 * How to fit a ridge-penalised regression.
 *
 * @param l2 ridge penalty lambda >= 0 on the standardised slopes (the intercept is not
 *     penalised): the fit minimises {@code sum_i w_i loss_i + lambda/2 * ||gamma||^2}, so lambda is
 *     in units of rows; 1.0 is negligible for n in the thousands and keeps separable data finite
 * @param maxIterations cap on Newton (IRLS) iterations, >= 1 (default 100; linear regression
 *     needs one solve and ignores it)
 * @param tolerance convergence when the largest change of a standardised coefficient is below
 *     {@code tolerance * (1 + max |gamma|)}, > 0 (default 1e-8)
 */
public record FitOptions(double l2, int maxIterations, double tolerance) {

    public static final int DEFAULT_MAX_ITERATIONS = 100;
    public static final double DEFAULT_TOLERANCE = 1e-8;

    public FitOptions {
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("l2 must be finite and >= 0, but was " + l2);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, but was " + maxIterations);
        }
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and > 0, but was " + tolerance);
        }
    }

    /** Penalty {@code l2} with the default iteration cap and tolerance. */
    public static FitOptions ridge(double l2) {
        return new FitOptions(l2, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }
}
