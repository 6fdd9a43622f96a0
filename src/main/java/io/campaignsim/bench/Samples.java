package io.campaignsim.bench;

import java.util.Arrays;

/**
 * Summary of repeated timings: the median (robust to one slow run caused by GC or a noisy
 * neighbour, which a mean is not) with the minimum and maximum to show the spread.
 *
 * @param median middle value; the mean of the two middle values for an even count
 * @param min smallest value
 * @param max largest value
 * @param count number of values
 */
public record Samples(double median, double min, double max, int count) {

    /** Summarises {@code values} (not modified); at least one finite value. */
    public static Samples of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
        double[] v = values.clone();
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("values must be finite, but one was " + x);
            }
        }
        Arrays.sort(v);
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new Samples(median, v[0], v[n - 1], n);
    }
}
