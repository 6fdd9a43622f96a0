package io.campaignsim.compare;

/**
 * A strategy's model quality averaged over replications; each figure is the mean of its non-NaN
 * values (NaN if none). See {@link ModelQuality} for the definitions.
 *
 * @param model what was fitted (from the first replication that reported a model)
 * @param auc mean AUC of the propensity
 * @param qini mean Qini coefficient
 * @param auuc mean area under the uplift curve
 * @param calibrationError mean calibration error
 * @param replications replications that reported a model
 */
public record ModelSummary(String model, double auc, double qini, double auuc, double calibrationError,
        int replications) {}
