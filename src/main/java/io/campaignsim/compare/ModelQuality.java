package io.campaignsim.compare;

import io.campaignsim.stats.Calibration;

/**
 * How good a strategy's model was, measured on held-out customers against the simulator's
 * hidden truth (which the model never saw).
 *
 * @param model what was fitted, e.g. "logistic propensity", "T-learner uplift"
 * @param auc area under the ROC curve of the predicted purchase propensity against realised purchases (NaN if n/a)
 * @param qini Qini coefficient of the predicted uplift ranking against the true uplift (NaN if n/a)
 * @param auuc area under the uplift curve (NaN if n/a)
 * @param calibrationError mean absolute difference between predicted and true probability over deciles (NaN if n/a)
 * @param heldOut number of held-out customers the figures are computed on
 * @param upliftCurves the model's, ideal and random uplift curves (null if not an uplift model)
 * @param calibration predicted versus true probability by decile of prediction (null if not a probability model)
 */
public record ModelQuality(String model, double auc, double qini, double auuc, double calibrationError, int heldOut,
        UpliftCurves upliftCurves, Calibration calibration) implements java.io.Serializable {

    /** Scalar figures only, without curves. */
    public ModelQuality(String model, double auc, double qini, double auuc, double calibrationError, int heldOut) {
        this(model, auc, qini, auuc, calibrationError, heldOut, null, null);
    }
}
