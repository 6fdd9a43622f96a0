package io.campaignsim.ml;

import java.util.Arrays;
import java.util.Objects;

/**
 * L2-penalised logistic regression, P(y = 1 | x) = sigma(beta_0 + beta . x), fitted by Newton's
 * method (iteratively reweighted least squares) with step halving.
 *
 * <p>Objective, on standardised features z (see {@link Standardization}) with coefficients gamma:
 * <pre>
 *   sum_i w_i [ log(1 + e^eta_i) - y_i eta_i ] + (l2 / 2) sum_{j >= 1} gamma_j^2,   eta_i = gamma . (1, z_i)
 * </pre>
 * Each iteration makes one O(n d^2) pass for the gradient and Hessian and solves the (d+1)-sized
 * Newton system by Cholesky; a step is halved (up to 30 times) until the objective falls by the
 * Armijo fraction 1e-4 of the predicted decrease. With l2 > 0 the objective is strictly convex,
 * so the fit converges even on perfectly separable data, where the unpenalised maximum
 * likelihood estimate does not exist. Labels may be fractional in [0, 1] (soft labels).
 *
 * <p>If every label is 0 (or every label is 1) the likelihood is maximised at an infinite
 * intercept; the fit then returns slopes 0 and the smoothed intercept
 * logit((sum w y + 0.5) / (sum w + 1)), so a warm-up without a single purchase still gives a
 * usable (tiny) probability rather than an error.
 *
 * @implNote Immutable and thread-safe once fitted.
 */
public final class LogisticRegression implements ProbabilityModel {

    private static final int MAX_HALVINGS = 30;
    private static final double ARMIJO = 1e-4;

    private final LinearPredictor predictor;
    private final double[] standardErrors;
    private final int iterations;
    private final boolean converged;

    private LogisticRegression(LinearPredictor predictor, double[] standardErrors, int iterations, boolean converged) {
        this.predictor = predictor;
        this.standardErrors = standardErrors;
        this.iterations = iterations;
        this.converged = converged;
    }

    /** Fits on all rows of {@code x} with penalty {@code l2} and default iteration settings. */
    public static LogisticRegression fit(FeatureMatrix x, double[] y, double[] sampleWeight, double l2) {
        return fit(x, null, y, sampleWeight, FitOptions.ridge(l2));
    }

    /**
     * Fits on the matrix rows {@code rows} (null = all rows).
     *
     * @param y labels in [0, 1], one per matrix row (entries outside {@code rows} are not read)
     * @param sampleWeight non-negative weights, one per matrix row, or null for all 1
     * @throws IllegalArgumentException on mismatched lengths, labels outside [0, 1], negative or
     *     non-finite weights, non-finite features, or no positive weight among {@code rows}
     */
    public static LogisticRegression fit(FeatureMatrix x, int[] rows, double[] y, double[] sampleWeight, FitOptions options) {
        Objects.requireNonNull(options, "options");
        RowSet set = RowSet.of(x, rows);
        RowSet.checkLength("y", y.length, x);
        if (sampleWeight != null) {
            RowSet.checkLength("sampleWeight", sampleWeight.length, x);
        }
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < set.size(); i++) {
            int r = set.get(i);
            double w = RowSet.weight(sampleWeight, r);
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("sample weights must be finite and >= 0, but row " + r + " has " + w);
            }
            if (!(y[r] >= 0 && y[r] <= 1)) {
                throw new IllegalArgumentException("labels must be in [0, 1], but row " + r + " has " + y[r]);
            }
            sw += w;
            swy += w * y[r];
        }
        if (!(sw > 0)) {
            throw new IllegalArgumentException("expected training rows with positive weight, but there are none");
        }
        int d = x.d();
        if (swy <= 0 || swy >= sw) {
            double smoothed = (swy + 0.5) / (sw + 1.0);
            return new LogisticRegression(new LinearPredictor(logit(smoothed), new double[d]), new double[d + 1], 0, true);
        }
        return new Newton(x, set, y, sampleWeight, options, Standardization.of(x, set, sampleWeight)).run(logit(swy / sw));
    }

    /** The predicted probability for one row of d features. */
    public double predict(double[] row) {
        return sigmoid(predictor.eta(row));
    }

    /** The predicted probability for row {@code row} of {@code x}, without copying the row. */
    public double predict(FeatureMatrix x, int row) {
        return sigmoid(predictor.eta(x, row));
    }

    @Override
    public double probability(double[] row) {
        return predict(row);
    }

    @Override
    public double probability(FeatureMatrix x, int row) {
        return predict(x, row);
    }

    /** The linear predictor (log-odds) for row {@code row} of {@code x}. */
    public double logOdds(FeatureMatrix x, int row) {
        return predictor.eta(x, row);
    }

    /** (intercept, beta_1, ..., beta_d) on the original feature scale; a fresh copy. */
    public double[] coefficients() {
        return predictor.coefficients();
    }

    /**
     * Standard errors of {@link #coefficients()}, from the inverse of the penalised Hessian at the
     * optimum (the inverse Fisher information when l2 is 0; slightly smaller with a penalty).
     * Zero for a constant feature and for the all-one-label fallback, where they are not defined.
     */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** Newton iterations taken. */
    public int iterations() {
        return iterations;
    }

    /** Whether the coefficients met the tolerance within the iteration cap. */
    public boolean converged() {
        return converged;
    }

    static double sigmoid(double eta) {
        if (eta >= 0) {
            return 1.0 / (1.0 + Math.exp(-eta));
        }
        double e = Math.exp(eta);
        return e / (1.0 + e);
    }

    static double logit(double p) {
        return Math.log(p / (1.0 - p));
    }

    /** log(1 + e^eta) without overflow. */
    private static double softplus(double eta) {
        return eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
    }

    /** The mutable state of one fit; lives only inside {@link #fit}. */
    private static final class Newton {
        private final FeatureMatrix x;
        private final RowSet rows;
        private final double[] y;
        private final double[] w;
        private final FitOptions options;
        private final Standardization scale;
        private final int p;
        private final double[] z;

        Newton(FeatureMatrix x, RowSet rows, double[] y, double[] w, FitOptions options, Standardization scale) {
            this.x = x;
            this.rows = rows;
            this.y = y;
            this.w = w;
            this.options = options;
            this.scale = scale;
            this.p = x.d() + 1;
            this.z = new double[p];
        }

        LogisticRegression run(double startIntercept) {
            double[] gamma = new double[p];
            gamma[0] = startIntercept;
            double[] grad = new double[p];
            double[] hess = new double[p * p];
            double[] candGrad = new double[p];
            double[] candHess = new double[p * p];
            double[] cand = new double[p];
            double obj = evaluate(gamma, grad, hess);
            int iterations = 0;
            boolean converged = false;
            while (iterations < options.maxIterations()) {
                double[] step = SpdSolver.solve(hess, p, grad);
                double decrease = dot(grad, step); // predicted decrease of the quadratic model, >= 0
                double threshold = options.tolerance() * (1 + maxAbs(gamma));
                boolean tiny = maxAbs(step) <= threshold;
                double t = 1;
                double candObj = Double.NaN;
                boolean accepted = false;
                for (int h = 0; h <= MAX_HALVINGS; h++) {
                    for (int j = 0; j < p; j++) {
                        cand[j] = gamma[j] - t * step[j];
                    }
                    candObj = evaluate(cand, candGrad, candHess);
                    // A tiny step is taken as is: its objective change is below rounding noise.
                    if (tiny || candObj <= obj - ARMIJO * t * decrease) {
                        accepted = true;
                        break;
                    }
                    t /= 2;
                }
                if (!accepted) {
                    // No descent left. Converged if the predicted gain is below rounding of the
                    // objective (large n); otherwise report the failure.
                    converged = decrease <= 1e-10 * (1 + Math.abs(obj));
                    break;
                }
                iterations++;
                double[] swap = gamma;
                gamma = cand;
                cand = swap;
                swap = grad;
                grad = candGrad;
                candGrad = swap;
                swap = hess;
                hess = candHess;
                candHess = swap;
                obj = candObj;
                if (t * maxAbs(step) <= threshold) {
                    converged = true;
                    break;
                }
            }
            double[] se = scale.standardErrors(SpdSolver.inverse(hess, p));
            return new LogisticRegression(scale.toOriginal(gamma), se, iterations, converged);
        }

        /** Penalised objective at {@code gamma}; fills its gradient and (full, symmetric) Hessian. */
        private double evaluate(double[] gamma, double[] grad, double[] hess) {
            Arrays.fill(grad, 0);
            Arrays.fill(hess, 0);
            double loss = 0;
            for (int i = 0; i < rows.size(); i++) {
                int r = rows.get(i);
                double wi = RowSet.weight(w, r);
                if (wi == 0) {
                    continue;
                }
                scale.design(x, r, z);
                double eta = 0;
                for (int j = 0; j < p; j++) {
                    eta += gamma[j] * z[j];
                }
                double mu = sigmoid(eta);
                loss += wi * (softplus(eta) - y[r] * eta);
                double g = wi * (mu - y[r]);
                double h = wi * mu * (1 - mu);
                for (int a = 0; a < p; a++) {
                    double za = z[a];
                    grad[a] += g * za;
                    double hza = h * za;
                    int rowOff = a * p;
                    for (int b = a; b < p; b++) {
                        hess[rowOff + b] += hza * z[b];
                    }
                }
            }
            double l2 = options.l2();
            for (int j = 1; j < p; j++) {
                loss += 0.5 * l2 * gamma[j] * gamma[j];
                grad[j] += l2 * gamma[j];
                hess[j * p + j] += l2;
                if (scale.isConstant(j - 1)) {
                    hess[j * p + j] += 1; // z_j = 0: any curvature gives the zero step it needs
                }
            }
            for (int a = 0; a < p; a++) {
                for (int b = a + 1; b < p; b++) {
                    hess[b * p + a] = hess[a * p + b];
                }
            }
            return loss;
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
