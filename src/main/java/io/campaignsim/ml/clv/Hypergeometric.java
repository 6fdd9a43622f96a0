package io.campaignsim.ml.clv;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for 0 &le; z &lt; 1, by its power series.
 *
 * <p>The CLV models need it only inside the unit interval, where the series converges; the callers
 * transform their arguments (Euler's transformation) so that z stays away from 1 where they can.
 */
final class Hypergeometric {

    private static final int MAX_TERMS = 2_000_000;
    private static final double EPS = 1e-15;
    /** Rescale the running sum past this magnitude so that large intermediate terms cannot overflow. */
    private static final double BIG = 1e250;

    private Hypergeometric() {}

    /** 2F1(a, b; c; z) for any real a, b and c &gt; 0 (c not a non-positive integer) and 0 &le; z &lt; 1. */
    public static double value(double a, double b, double c, double z) {
        check(c, z);
        double sum = 1;
        double term = 1;
        for (int k = 0; k < MAX_TERMS; k++) {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (Math.abs(term) <= EPS * Math.abs(sum) && k > 2) {
                return sum;
            }
            if (term == 0) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge");
    }

    /**
     * ln 2F1(a, b; c; z) for a, b, c &gt; 0 and 0 &le; z &lt; 1, where every term is positive; the sum is
     * kept on a log scale, so it cannot overflow however large a and b are.
     */
    public static double logPositive(double a, double b, double c, double z) {
        return logPositive(a, b, c, z, MAX_TERMS);
    }

    /** As {@link #logPositive(double, double, double, double)}, giving up after {@code maxTerms} terms. */
    public static double logPositive(double a, double b, double c, double z, int maxTerms) {
        check(c, z);
        if (a <= 0 || b <= 0) {
            throw new IllegalArgumentException("expected a, b > 0: " + a + ", " + b);
        }
        double logScale = 0;
        double sum = 1;
        double term = 1;
        for (int k = 0; k < maxTerms; k++) {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (term <= EPS * sum && k > 2) {
                return logScale + Math.log(sum);
            }
            if (sum > BIG) {
                logScale += Math.log(sum);
                term /= sum;
                sum = 1;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge");
    }

    private static void check(double c, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("2F1 needs 0 <= z < 1: " + z);
        }
        if (!(c > 0)) {
            throw new IllegalArgumentException("2F1 needs c > 0: " + c);
        }
    }
}
