package io.campaignsim.stats;

/**
 * Fieller's confidence set for the ratio θ = μ_X / μ_Y of two means estimated from n paired
 * observations (x_i, y_i), e.g. a strategy's uplift over the holdout and the holdout's own value in
 * replication i. Unlike a ratio that treats the denominator as known, it carries the denominator's
 * uncertainty and its covariance with the numerator.
 *
 * <p>With sample means x̄, ȳ, sample (co)variances s_xx, s_xy, s_yy (divisor n − 1) and
 * t = t_{n−1, (1+level)/2}, the set is every θ with
 * <pre>
 *   (x̄ − θ ȳ)² ≤ t² (s_xx − 2θ s_xy + θ² s_yy) / n,
 *   i.e. a θ² − 2 b θ + c ≤ 0,  a = ȳ² − t² s_yy / n,  b = x̄ ȳ − t² s_xy / n,  c = x̄² − t² s_xx / n.
 * </pre>
 * When a &gt; 0 (ȳ is significantly different from 0 at this level) the set is the bounded interval
 * between the roots (b ± √(b² − ac)) / a. Otherwise it is unbounded (two half-lines or the whole
 * line): the data do not bound the ratio, and the result says so with infinite bounds instead of
 * a made-up number.
 *
 * <p>The standard error reported beside it is the delta method's, sd(x_i − θ̂ y_i) / (√n |ȳ|),
 * for reference; the interval is Fieller's.
 *
 * @implNote Stateless.
 */
public final class FiellerInterval {

    private FiellerInterval() {}

    /**
     * The ratio of the means of {@code x} and {@code y} with Fieller's interval at {@code level}:
     * an {@link Estimate} whose bounds are −∞ and +∞ when the set is unbounded (see
     * {@link #isUnbounded}); NaN throughout when ȳ = 0; NaN bounds when n &lt; 2.
     */
    public static Estimate of(double[] x, double[] y, double level) {
        Checks.openUnit("level", level);
        Checks.sameLength("y", x.length, y.length);
        int n = x.length;
        if (n == 0) {
            return Estimate.unavailable(0);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        if (my == 0 || !Double.isFinite(my) || !Double.isFinite(mx)) {
            return Estimate.unavailable(n);
        }
        double ratio = mx / my;
        if (n < 2) {
            return new Estimate(ratio, Double.NaN, Double.NaN, Double.NaN, n);
        }
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        double residual = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
            double e = x[i] - ratio * y[i]; // mean 0 by the choice of the ratio
            residual += e * e;
        }
        sxx /= n - 1;
        sxy /= n - 1;
        syy /= n - 1;
        double se = Math.sqrt(residual / (n - 1) / n) / Math.abs(my);
        double t = Distributions.tQuantile(n - 1, (1 + level) / 2);
        double t2n = t * t / n;
        double a = my * my - t2n * syy;
        double b = mx * my - t2n * sxy;
        double c = mx * mx - t2n * sxx;
        if (!(a > 0)) {
            return new Estimate(ratio, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, se, n);
        }
        // a > 0 and the quadratic is <= 0 at the ratio itself, so b² − ac >= 0 up to rounding
        double root = Math.sqrt(Math.max(b * b - a * c, 0));
        return new Estimate(ratio, (b - root) / a, (b + root) / a, se, n);
    }

    /**
     * Fieller's set for the ratio μ_X / μ_Y of two <b>independent</b> means (two arms of an
     * experiment), from the means, their squared standard errors and the quantile q of the test
     * (z or t): every ρ with (x̄ − ρ ȳ)² ≤ q² (v_x + ρ² v_y), i.e. the roots of
     * (ȳ² − q² v_y) ρ² − 2 x̄ ȳ ρ + (x̄² − q² v_x). Returns {low, high}; {−∞, +∞} when
     * ȳ² ≤ q² v_y (ȳ not distinguishable from 0: the set is unbounded); NaNs when an input is not finite.
     */
    public static double[] independent(double meanX, double varX, double meanY, double varY, double q) {
        if (!Double.isFinite(meanX) || !Double.isFinite(meanY) || !(varX >= 0) || !(varY >= 0) || !Double.isFinite(q)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double q2 = q * q;
        double a = meanY * meanY - q2 * varY;
        if (!(a > 0)) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        double b = meanX * meanY;
        double c = meanX * meanX - q2 * varX;
        double root = Math.sqrt(Math.max(b * b - a * c, 0));
        return new double[] {(b - root) / a, (b + root) / a};
    }

    /** Whether an interval from {@link #of} is unbounded (the data do not bound the ratio). */
    public static boolean isUnbounded(Estimate e) {
        return Double.isInfinite(e.ciLow()) || Double.isInfinite(e.ciHigh());
    }
}
