package io.campaignsim.data.ope;

import io.campaignsim.core.UserInputException;

/**
 * How {@code ope} fits its reward model and sets the tuning parameters.
 *
 * @param folds cross-fitting folds of the reward model, 2 .. 100
 * @param l2 ridge penalty of the reward model (units of rows, on standardised features), ≥ 0
 * @param switchTau switch-DR's weight threshold τ ≥ 0 (∞ allowed), or NaN to choose it by {@link Tuning}
 * @param drosLambda DR-OS's shrinkage λ ≥ 0 (∞ allowed), or NaN to choose it by {@link Tuning}
 */
public record OpeOptions(int folds, double l2, double switchTau, double drosLambda) {

    public static final OpeOptions DEFAULTS =
            new OpeOptions(RewardModel.DEFAULT_FOLDS, RewardModel.DEFAULT_L2, Double.NaN, Double.NaN);

    public OpeOptions {
        if (folds < 2 || folds > 100) {
            throw new UserInputException("--folds is " + folds + "; expected 2 .. 100 cross-fitting folds");
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new UserInputException("--reward-l2 is " + l2 + "; expected a finite penalty >= 0");
        }
        check("--switch-tau", switchTau);
        check("--dros-lambda", drosLambda);
    }

    private static void check(String option, double v) {
        if (!Double.isNaN(v) && !(v >= 0)) {
            throw new UserInputException(option + " is " + v + "; expected a number >= 0, inf or auto");
        }
    }

    /** Parses a tuning parameter: {@code auto} (NaN), {@code inf} or a number. */
    public static double parameter(String option, String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("auto")) {
            return Double.NaN;
        }
        if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity")) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            double v = Double.parseDouble(t);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserInputException(option + " is '" + text + "'; expected auto, inf or a number >= 0");
    }
}
