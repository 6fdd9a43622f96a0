package io.campaignsim.stats;

/** Argument checks shared by the estimators; each rule and message has one home here. */
final class Checks {

    private Checks() {}

    /** A significance level or a probability strictly between 0 and 1. */
    static double openUnit(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1), but was " + value);
        }
        return value;
    }

    static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, but was " + value);
        }
        return value;
    }

    static void counts(String arm, long successes, long n) {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("arm " + arm + ": expected 0 <= successes <= n, but was "
                    + successes + " of " + n);
        }
    }

    static void sameLength(String what, int expected, int actual) {
        if (expected != actual) {
            throw new IllegalArgumentException(what + " must have " + expected + " elements, but had " + actual);
        }
    }

    static void finite(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, but was " + values[i]);
            }
        }
    }
}
