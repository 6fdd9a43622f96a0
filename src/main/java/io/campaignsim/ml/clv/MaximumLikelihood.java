package io.campaignsim.ml.clv;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximum-likelihood fitting of models whose parameters are all positive.
 *
 * <p>The optimiser is Commons Math's BOBYQA (Powell's derivative-free trust-region method) on the
 * logarithms of the parameters, so every trial point is valid and the scale of each parameter does
 * not matter. It is restarted from its own optimum until a restart gains less than
 * {@value #RESTART_GAIN} in log-likelihood: a fresh quadratic model escapes the occasional early
 * stop on a flat ridge (Pareto/NBD's &beta; is one). Standard errors come from the Hessian of the
 * log-likelihood in the original parameters, by central differences with steps of
 * {@value #HESSIAN_STEP} of each parameter.
 */
public final class MaximumLikelihood {

    public static final double RESTART_GAIN = 1e-7;
    public static final double HESSIAN_STEP = 1e-3;
    private static final int MAX_RESTARTS = 6;
    private static final double LOG_BOUND = 25; // parameters within e^±25
    private static final double STOP_RADIUS = 1e-10;

    private final int maxEvaluations;

    /** @param maxEvaluations the likelihood evaluations allowed over all restarts */
    public MaximumLikelihood(int maxEvaluations) {
        if (maxEvaluations < 10) {
            throw new IllegalArgumentException("maxEvaluations " + maxEvaluations);
        }
        this.maxEvaluations = maxEvaluations;
    }

    /**
     * Maximises {@code logLikelihood} (a function of the positive parameters) from {@code start}.
     *
     * @param observations how many customers the likelihood covers, for the record
     */
    public ModelFit fit(String model, List<String> names, ToDoubleFunction<double[]> logLikelihood, double[] start,
                        int observations) {
        int d = start.length;
        Tracker tracker = new Tracker(logLikelihood);
        double[] u = new double[d];
        for (int i = 0; i < d; i++) {
            u[i] = Math.log(start[i]);
        }
        double[] lower = new double[d];
        double[] upper = new double[d];
        Arrays.fill(lower, -LOG_BOUND);
        Arrays.fill(upper, LOG_BOUND);
        tracker.bestPoint = u.clone();
        double best = tracker.value(u);
        boolean converged = false;
        try {
            for (int restart = 0; restart < MAX_RESTARTS; restart++) {
                BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * d + 1, 0.5, STOP_RADIUS);
                PointValuePair p = optimizer.optimize(new MaxEval(Math.max(1, maxEvaluations - tracker.evaluations)),
                        new ObjectiveFunction(tracker::value), GoalType.MAXIMIZE, new InitialGuess(u),
                        new SimpleBounds(lower, upper));
                double gain = p.getValue() - best;
                if (p.getValue() >= best) {
                    u = p.getPoint();
                    best = p.getValue();
                }
                if (gain < RESTART_GAIN) {
                    converged = true;
                    break;
                }
            }
        } catch (TooManyEvaluationsException e) {
            converged = false;
        }
        if (!converged) {
            double[] last = exp(tracker.bestPoint);
            return new ModelFit(model, names, last, nan(d), tracker.bestValue, observations, false,
                    tracker.evaluations, "did not converge within " + maxEvaluations
                    + " likelihood evaluations; last log-likelihood " + tracker.bestValue);
        }
        double[] theta = exp(u);
        for (int i = 0; i < d; i++) {
            if (Math.abs(u[i]) > LOG_BOUND - 1) {
                return new ModelFit(model, names, theta, nan(d), best, observations, false, tracker.evaluations,
                        "parameter " + names.get(i) + " ran off to " + theta[i]
                        + " (the likelihood has no interior maximum on this data); last log-likelihood " + best);
            }
        }
        double[] se = nan(d);
        String note = "";
        try {
            RealMatrix information = hessian(logLikelihood, theta).scalarMultiply(-1);
            RealMatrix covariance = new CholeskyDecomposition(information, 1e-12, 1e-14).getSolver().getInverse();
            for (int i = 0; i < d; i++) {
                se[i] = Math.sqrt(covariance.getEntry(i, i));
            }
        } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
            note = "the Hessian of the log-likelihood at the optimum is not negative definite; no standard errors";
        }
        return new ModelFit(model, names, theta, se, best, observations, true, tracker.evaluations, note);
    }

    /** The Hessian of {@code f} at {@code theta} by central differences, steps {@value #HESSIAN_STEP}·θ_i. */
    public static RealMatrix hessian(ToDoubleFunction<double[]> f, double[] theta) {
        int d = theta.length;
        double[] h = new double[d];
        for (int i = 0; i < d; i++) {
            h[i] = HESSIAN_STEP * Math.abs(theta[i]);
        }
        double f0 = f.applyAsDouble(theta);
        RealMatrix m = new Array2DRowRealMatrix(d, d);
        for (int i = 0; i < d; i++) {
            double fp = f.applyAsDouble(shift(theta, i, h[i], -1, 0));
            double fm = f.applyAsDouble(shift(theta, i, -h[i], -1, 0));
            m.setEntry(i, i, (fp - 2 * f0 + fm) / (h[i] * h[i]));
            for (int j = 0; j < i; j++) {
                double pp = f.applyAsDouble(shift(theta, i, h[i], j, h[j]));
                double pm = f.applyAsDouble(shift(theta, i, h[i], j, -h[j]));
                double mp = f.applyAsDouble(shift(theta, i, -h[i], j, h[j]));
                double mm = f.applyAsDouble(shift(theta, i, -h[i], j, -h[j]));
                double v = (pp - pm - mp + mm) / (4 * h[i] * h[j]);
                m.setEntry(i, j, v);
                m.setEntry(j, i, v);
            }
        }
        return m;
    }

    private static double[] shift(double[] theta, int i, double di, int j, double dj) {
        double[] t = theta.clone();
        t[i] += di;
        if (j >= 0) {
            t[j] += dj;
        }
        return t;
    }

    private static double[] exp(double[] u) {
        double[] t = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            t[i] = Math.exp(u[i]);
        }
        return t;
    }

    private static double[] nan(int d) {
        double[] v = new double[d];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    /** Counts evaluations and remembers the best point, so a fit that runs out can report where it got to. */
    private static final class Tracker {

        private final ToDoubleFunction<double[]> f;
        int evaluations;
        double bestValue = Double.NEGATIVE_INFINITY;
        double[] bestPoint;

        Tracker(ToDoubleFunction<double[]> f) {
            this.f = f;
        }

        double value(double[] u) {
            evaluations++;
            double v;
            try {
                v = f.applyAsDouble(exp(u));
            } catch (ArithmeticException e) {
                v = Double.NaN; // a series that does not converge at an extreme trial point
            }
            if (!Double.isFinite(v)) {
                return -1e300; // outside where the likelihood can be evaluated: worse than any real value
            }
            if (v > bestValue || bestPoint == null) {
                bestValue = v;
                bestPoint = u.clone();
            }
            return v;
        }
    }
}
