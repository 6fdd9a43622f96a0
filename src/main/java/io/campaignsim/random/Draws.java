package io.campaignsim.random;

/**
 * A small, resettable stream of random draws for one decision (e.g. one customer-day of a
 * bandit): {@link #reset(long)} with a key derived from (seed, replication, customer, day) and
 * draw what the decision needs. One instance per shard, reused: nothing is allocated per draw,
 * and the draws of a decision do not depend on which thread makes it.
 *
 * <p>The generator is SplitMix64 (Steele, Lea and Flood 2014): 64-bit state, passes BigCrush,
 * and is ideal for short streams from hashed keys.
 *
 * @implNote Not thread-safe: one instance per shard/thread.
 */
public final class Draws {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;
    private double spareGaussian;
    private boolean hasSpare;

    public Draws(long seed) {
        reset(seed);
    }

    /** Restarts the stream at {@code key}. */
    public Draws reset(long key) {
        state = key;
        hasSpare = false;
        return this;
    }

    public long nextLong() {
        state += GOLDEN;
        return Seeds.mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return Seeds.toUnit(nextLong());
    }

    /** Uniform integer in [0, bound). */
    public int nextInt(int bound) {
        return (int) Math.floor(nextDouble() * bound);
    }

    /** Standard normal (Marsaglia polar method; the second value is kept for the next call). */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * m;
        hasSpare = true;
        return u * m;
    }

    /**
     * Gamma(shape, 1) by Marsaglia and Tsang (2000): a squeeze-accelerated rejection from a cubed
     * normal, about 1.03 normal and uniform draws a value. For {@code shape < 1} it uses their
     * boost: Gamma(shape) = Gamma(shape + 1) * U^(1 / shape). Scale by dividing by a rate.
     *
     * @throws IllegalArgumentException if {@code shape} is not positive and finite
     */
    public double nextGamma(double shape) {
        checkShape("shape", shape);
        if (shape >= 1) {
            return marsagliaTsang(shape);
        }
        return marsagliaTsang(shape + 1) * Math.pow(nextOpenUnit(), 1 / shape);
    }

    /**
     * Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). Below shape 1 the gammas are
     * combined in log space, because U^(1/shape) underflows to 0 for tiny shapes (1e-6, a
     * valid Thompson prior) and 0 / (0 + 0) would be NaN; the result then is exactly 0 or 1 with
     * the right probabilities, as Beta(a, b) is for a, b near 0.
     *
     * @throws IllegalArgumentException if {@code a} or {@code b} is not positive and finite
     */
    public double nextBeta(double a, double b) {
        checkShape("a", a);
        checkShape("b", b);
        if (a >= 1 && b >= 1) {
            double x = marsagliaTsang(a);
            double y = marsagliaTsang(b);
            return x / (x + y);
        }
        double d = logGamma(a) - logGamma(b); // log(X / Y)
        return d >= 0 ? 1 / (1 + Math.exp(-d)) : Math.exp(d) / (1 + Math.exp(d));
    }

    /** log of a Gamma(shape) draw, finite even where the draw itself would underflow. */
    private double logGamma(double shape) {
        if (shape >= 1) {
            return Math.log(marsagliaTsang(shape));
        }
        return Math.log(marsagliaTsang(shape + 1)) + Math.log(nextOpenUnit()) / shape;
    }

    /** Marsaglia–Tsang for shape >= 1. */
    private double marsagliaTsang(double shape) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = nextOpenUnit();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** Uniform in (0, 1]: safe for log and for pow with a negative exponent. */
    private double nextOpenUnit() {
        return 1 - nextDouble();
    }

    private static void checkShape(String name, double shape) {
        if (!(shape > 0) || Double.isInfinite(shape)) {
            throw new IllegalArgumentException(name + " must be positive and finite, but was " + shape);
        }
    }
}
