package io.campaignsim.stats;

/**
 * Count, mean and unbiased sample variance (divisor n − 1) of a sample.
 *
 * <p>Mean is NaN for n = 0 and variance is NaN for n &lt; 2. Build one with {@link #of(double[])}
 * or, for streams and parallel partial results, with an {@link Accumulator}.
 */
public record MeanVariance(long n, double mean, double variance) {

    public MeanVariance {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, but was " + n);
        }
        if (n >= 2 && !(variance >= 0)) {
            throw new IllegalArgumentException("variance must be >= 0, but was " + variance);
        }
    }

    public static MeanVariance of(double[] values) {
        Accumulator accumulator = new Accumulator();
        for (double v : values) {
            accumulator.add(v);
        }
        return accumulator.result();
    }

    /** Standard error of the mean, sqrt(variance / n). */
    public double standardError() {
        return Math.sqrt(variance / n);
    }

    /**
     * Running mean and sum of squared deviations by Welford's algorithm, which avoids the
     * cancellation of the textbook sum-of-squares formula. Partials from parallel shards are
     * combined with {@link #merge} (Chan, Golub and LeVeque 1979):
     * {@code δ = mean_b − mean_a, mean = mean_a + δ·n_b/n, M2 = M2_a + M2_b + δ²·n_a·n_b/n}.
     *
     * @implNote Mutable and not thread-safe: use one per thread and merge the results.
     */
    public static final class Accumulator {
        private long n;
        private double mean;
        private double m2;

        public Accumulator add(double x) {
            n++;
            double delta = x - mean;
            mean += delta / n;
            m2 += delta * (x - mean);
            return this;
        }

        /** Adds everything {@code other} has seen; {@code other} is left unchanged. */
        public Accumulator merge(Accumulator other) {
            if (other.n == 0) {
                return this;
            }
            if (n == 0) {
                n = other.n;
                mean = other.mean;
                m2 = other.m2;
                return this;
            }
            long total = n + other.n;
            double delta = other.mean - mean;
            mean += delta * other.n / total;
            m2 += other.m2 + delta * delta * ((double) n * other.n / total);
            n = total;
            return this;
        }

        public MeanVariance result() {
            return new MeanVariance(n, n == 0 ? Double.NaN : mean, n < 2 ? Double.NaN : m2 / (n - 1));
        }
    }
}
