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
 * @implNote Not thread-safe: one instance per shard/thread. The state sits between 56 bytes of padding on
 *     each side ({@link DrawsPadding}), so that the streams of shards on different threads, allocated
 *     side by side, never share a cache line: every draw writes the state, and a shared line would move
 *     between the cores at every write (false sharing).
 */
public final class Draws extends DrawsPadding.State {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    @SuppressWarnings("unused") // padding after the state (see DrawsPadding)
    private long q0, q1, q2, q3, q4, q5, q6;

    public Draws(long seed) {
        reset(seed);
    }

    /** Restarts the stream at {@code key}. */
    public Draws reset(long key) {
        state = key;
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

    /**
     * Standard normal by the ziggurat method (Marsaglia and Tsang 2000) in Doornik's (2005) form:
     * the layer comes from the low 8 bits and the uniform from the top 53 bits of one 64-bit draw,
     * so the two are independent (the original's shared bits made it slightly wrong). About 99 %
     * of draws are one {@link #nextLong()}, a table read and a comparison; the rest take the wedge
     * or tail test, which keeps the sampler exact.
     */
    public double nextGaussian() {
        long bits = nextLong();
        int i = (int) bits & (Ziggurat.LAYERS - 1);
        double u = 2 * Seeds.toUnit(bits) - 1;
        if (Math.abs(u) < Ziggurat.RATIO[i]) {
            return u * Ziggurat.X[i];
        }
        return gaussianOutsideRectangle(i, u);
    }

    /** The rare rest of {@link #nextGaussian()}, out of line so the common path inlines. */
    private double gaussianOutsideRectangle(int layer, double uniform) {
        int i = layer;
        double u = uniform;
        double[] x = Ziggurat.X;
        while (true) {
            if (Math.abs(u) < Ziggurat.RATIO[i]) {
                return u * x[i];
            }
            if (i == 0) {
                return normalTail(u < 0);
            }
            double z = u * x[i];
            double f0 = Math.exp(-0.5 * (x[i] * x[i] - z * z));
            double f1 = Math.exp(-0.5 * (x[i + 1] * x[i + 1] - z * z));
            if (f1 + (f0 - f1) * nextDouble() < 1) {
                return z;
            }
            long bits = nextLong();
            i = (int) bits & (Ziggurat.LAYERS - 1);
            u = 2 * Seeds.toUnit(bits) - 1;
        }
    }

    /** Normal beyond the base layer's edge R (Marsaglia 1964): exact, about 1.1 tries. */
    private double normalTail(boolean negative) {
        double x;
        double y;
        do {
            x = Math.log(nextOpenUnit()) / Ziggurat.R;
            y = Math.log(nextOpenUnit());
        } while (-2 * y < x * x);
        return negative ? x - Ziggurat.R : Ziggurat.R - x;
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
            return marsagliaTsang(shape - 1.0 / 3, 1 / Math.sqrt(9 * shape - 3));
        }
        double d = shape + 1 - 1.0 / 3;
        return marsagliaTsang(d, 1 / Math.sqrt(9 * d)) * Math.pow(nextOpenUnit(), 1 / shape);
    }

    /**
     * Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). Below shape 1 the gammas are
     * combined in log space, because U^(1/shape) underflows to 0 for tiny shapes (1e-6, a
     * valid Thompson prior) and 0 / (0 + 0) would be NaN; the result then is exactly 0 or 1 with
     * the right probabilities, as Beta(a, b) is for a, b near 0. For many draws from one
     * Beta, {@link #nextBeta(BetaLaw)} skips recomputing the sampler's constants.
     *
     * @throws IllegalArgumentException if {@code a} or {@code b} is not positive and finite
     */
    public double nextBeta(double a, double b) {
        return nextBeta(BetaLaw.of(a, b));
    }

    /** A draw from {@code law}; the same value {@link #nextBeta(double, double)} would give. */
    public double nextBeta(BetaLaw law) {
        if (law.bothLarge) {
            double x = marsagliaTsang(law.da, law.ca);
            double y = marsagliaTsang(law.db, law.cb);
            return x / (x + y);
        }
        double d = logGamma(law.da, law.ca, law.boostA) - logGamma(law.db, law.cb, law.boostB); // log(X / Y)
        return d >= 0 ? 1 / (1 + Math.exp(-d)) : Math.exp(d) / (1 + Math.exp(d));
    }

    /** log of a Gamma draw, finite even where the draw itself would underflow. */
    private double logGamma(double d, double c, double boost) {
        double logX = Math.log(marsagliaTsang(d, c));
        return boost == 0 ? logX : logX + Math.log(nextOpenUnit()) * boost;
    }

    /** Marsaglia–Tsang for shape {@code d + 1/3 >= 1}, with {@code c = 1 / sqrt(9 d)}. */
    private double marsagliaTsang(double d, double c) {
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

    /**
     * Beta(a, b) with the constants of its two Marsaglia–Tsang gamma samplers computed once, for
     * drawing many times from one posterior (a Thompson arm between commits). Immutable.
     */
    public static final class BetaLaw {

        private final double a;
        private final double b;
        private final boolean bothLarge;
        /** Marsaglia–Tsang d and c of the gamma behind a (of a + 1 below 1), likewise for b. */
        private final double da;
        private final double ca;
        private final double db;
        private final double cb;
        /** 1 / shape for a shape below 1 (the boost exponent), else 0. */
        private final double boostA;
        private final double boostB;

        private BetaLaw(double a, double b) {
            this.a = a;
            this.b = b;
            bothLarge = a >= 1 && b >= 1;
            double ea = a >= 1 ? a : a + 1;
            double eb = b >= 1 ? b : b + 1;
            da = ea - 1.0 / 3;
            ca = 1 / Math.sqrt(9 * da);
            db = eb - 1.0 / 3;
            cb = 1 / Math.sqrt(9 * db);
            boostA = a >= 1 ? 0 : 1 / a;
            boostB = b >= 1 ? 0 : 1 / b;
        }

        /** @throws IllegalArgumentException if {@code a} or {@code b} is not positive and finite */
        public static BetaLaw of(double a, double b) {
            checkShape("a", a);
            checkShape("b", b);
            return new BetaLaw(a, b);
        }

        public double a() {
            return a;
        }

        public double b() {
            return b;
        }
    }

    /**
     * The 256-layer normal ziggurat (Marsaglia and Tsang 2000): layer i covers |x| < X[i] between
     * heights f(X[i]) and f(X[i + 1]) of f(x) = exp(-x^2 / 2), every layer of area V; layer 0 is
     * the base rectangle [0, R] plus the tail beyond R. Built once from R and V, as Doornik (2005).
     */
    private static final class Ziggurat {

        static final int LAYERS = 256;
        static final double R = 3.6541528853610088;
        private static final double V = 0.00492867323399;
        static final double[] X = new double[LAYERS + 1];
        /** X[i + 1] / X[i]: |u| below it lands inside layer i's rectangle under the curve. */
        static final double[] RATIO = new double[LAYERS];

        static {
            double f = Math.exp(-0.5 * R * R);
            X[0] = V / f;
            X[1] = R;
            X[LAYERS] = 0;
            for (int i = 2; i < LAYERS; i++) {
                X[i] = Math.sqrt(-2 * Math.log(V / X[i - 1] + f));
                f = Math.exp(-0.5 * X[i] * X[i]);
            }
            for (int i = 0; i < LAYERS; i++) {
                RATIO[i] = X[i + 1] / X[i];
            }
        }

        private Ziggurat() {}
    }
}
