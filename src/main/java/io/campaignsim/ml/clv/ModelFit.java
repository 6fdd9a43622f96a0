package io.campaignsim.ml.clv;

import java.util.Arrays;
import java.util.List;

/**
 * A model fitted by maximum likelihood.
 *
 * @param model the model's name, e.g. "BG/NBD"
 * @param names the parameter names
 * @param estimates the maximum-likelihood estimates (meaningful only when {@code converged})
 * @param standardErrors asymptotic standard errors: square roots of the diagonal of the inverse of
 *     minus the numerically differentiated Hessian of the log-likelihood at the optimum; NaN when
 *     that matrix is not positive definite
 * @param logLikelihood the log-likelihood at the estimates (the last one reached when not converged)
 * @param observations how many customers the likelihood sums over
 * @param converged whether the optimiser met its stopping rule within its evaluation budget
 * @param evaluations likelihood evaluations used
 * @param note why the fit failed or why standard errors are missing; empty otherwise
 */
public record ModelFit(String model, List<String> names, double[] estimates, double[] standardErrors,
                       double logLikelihood, int observations, boolean converged, int evaluations, String note) {

    public ModelFit {
        names = List.copyOf(names);
        estimates = estimates.clone();
        standardErrors = standardErrors.clone();
    }

    @Override
    public double[] estimates() {
        return estimates.clone();
    }

    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    public double estimate(String name) {
        return estimates[index(name)];
    }

    public double standardError(String name) {
        return standardErrors[index(name)];
    }

    private int index(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(model + " has no parameter " + name + "; it has " + names);
        }
        return i;
    }

    @Override
    public String toString() {
        return model + (converged ? "" : " (not converged)") + " " + names + " = " + Arrays.toString(estimates)
                + " ± " + Arrays.toString(standardErrors) + ", LL " + logLikelihood;
    }
}
