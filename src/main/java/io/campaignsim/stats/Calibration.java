package io.campaignsim.stats;

import java.util.List;

/**
 * A calibration table and its summary.
 *
 * @param bins bins from the lowest predictions to the highest (empty bins omitted)
 * @param meanAbsoluteError Σ_b count_b·|meanPredicted_b − meanTruth_b| / n: the count-weighted
 *     mean absolute calibration error (the "expected calibration error")
 */
public record Calibration(List<CalibrationBin> bins, double meanAbsoluteError) implements java.io.Serializable {

    public Calibration {
        bins = List.copyOf(bins);
    }
}
