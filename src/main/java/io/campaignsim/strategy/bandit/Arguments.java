package io.campaignsim.strategy.bandit;

/**
 * Argument checks shared by the bandits, each with one message form: "NAME must be ..., but was
 * VALUE". Messages are built only when a check fails, so hot paths stay allocation-free.
 */
public final class Arguments {

    private Arguments() {}

    /** {@code value} in [min, max] (NaN fails). */
    public static double between(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be between " + format(min) + " and " + format(max)
                    + ", but was " + value);
        }
        return value;
    }

    /** {@code value} finite and {@code >= 0}. */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be non-negative and finite, but was " + value);
        }
        return value;
    }

    /** {@code value} finite and {@code > 0}. */
    public static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, but was " + value);
        }
        return value;
    }

    /** {@code value} finite. */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, but was " + value);
        }
        return value;
    }

    /** {@code value >= min}. */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", but was " + value);
        }
        return value;
    }

    /** An arm index in [0, arms). */
    public static int arm(int arm, int arms) {
        if (arm < 0 || arm >= arms) {
            throw new IllegalArgumentException("arm must be between 0 and " + (arms - 1) + ", but was " + arm);
        }
        return arm;
    }

    /** "0" rather than "0.0", so messages read like the documentation. */
    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
