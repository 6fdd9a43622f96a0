package io.campaignsim.compare.sweep;

import io.campaignsim.core.CompareMetric;
import java.util.Arrays;

/**
 * What one point produced: every metric of every strategy in every replication.
 *
 * @param point the point's index
 * @param values [strategy][replication][metric ordinal of {@link CompareMetric}]
 */
public record PointResult(int point, double[][][] values) {

    public PointResult {
        values = Arrays.stream(values).map(s -> Arrays.stream(s).map(double[]::clone).toArray(double[][]::new))
                .toArray(double[][][]::new);
    }

    /** The values of {@code metric} of strategy {@code s} over the replications. */
    public double[] series(int s, CompareMetric metric) {
        double[] out = new double[values[s].length];
        for (int r = 0; r < out.length; r++) {
            out[r] = values[s][r][metric.ordinal()];
        }
        return out;
    }

    public double value(int s, int replication, CompareMetric metric) {
        return values[s][replication][metric.ordinal()];
    }

    public int strategies() {
        return values.length;
    }
}
