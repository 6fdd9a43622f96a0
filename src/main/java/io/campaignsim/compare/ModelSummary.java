package io.campaignsim.compare;

import io.campaignsim.stats.Calibration;

/**
 * A strategy's model quality averaged over replications; each figure is the mean of its non-NaN
 * values (NaN if none), each curve the point-wise mean over the replications that have it. See
 * {@link ModelQuality} for the definitions.
 *
 * @param model what was fitted (from the first replication that reported a model)
 * @param auc mean AUC of the propensity
 * @param qini mean Qini coefficient
 * @param auuc mean area under the uplift curve
 * @param calibrationError mean calibration error
 * @param replications replications that reported a model
 * @param upliftCurves mean uplift curves (null if none was reported)
 * @param calibration mean calibration table (null if none was reported)
 * @param prediction mean figures of a customer-level prediction (null if none was reported)
 */
public record ModelSummary(String model, double auc, double qini, double auuc, double calibrationError,
        int replications, UpliftCurves upliftCurves, Calibration calibration, PredictionFigures prediction) {

    /** Without prediction figures. */
    public ModelSummary(String model, double auc, double qini, double auuc, double calibrationError,
            int replications, UpliftCurves upliftCurves, Calibration calibration) {
        this(model, auc, qini, auuc, calibrationError, replications, upliftCurves, calibration, null);
    }
}
