package io.campaignsim.data.clv;

import io.campaignsim.ml.clv.ModelFit;
import java.util.List;

/**
 * Everything {@code clv} found.
 *
 * @param spend the Gamma-Gamma fit, or null without an amount column
 * @param holdout the holdout comparison, or null without a holdout period
 * @param spendFrequencyCorrelation Pearson correlation of repeat buyers' frequency and mean spend
 *     (Gamma-Gamma assumes they are independent), NaN without amounts
 */
public record ClvResult(CustomerSummary summary, ClvOptions options, ModelFit bgNbd, ModelFit paretoNbd,
                        ModelFit spend, CustomerScores scores, HoldoutComparison holdout,
                        double spendFrequencyCorrelation, List<String> notes) {

    public ClvResult {
        notes = List.copyOf(notes);
    }

    /** The fits, transaction models first. */
    public List<ModelFit> fits() {
        return spend == null ? List.of(bgNbd, paretoNbd) : List.of(bgNbd, paretoNbd, spend);
    }

    public boolean allConverged() {
        return fits().stream().allMatch(ModelFit::converged);
    }
}
