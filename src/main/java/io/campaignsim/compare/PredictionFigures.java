package io.campaignsim.compare;

import io.campaignsim.stats.DecileLift;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * How well a customer-level prediction matched the hidden truth at the moment it was made (the end
 * of the warm-up; docs/predictions.md), over every customer it covers. For probabilities the AUC
 * (in {@link ModelQuality#auc}) is measured on outcomes drawn from the true probabilities and the
 * Brier score on the same draws; for values the errors are against the true values. Each error has
 * the trivial baseline beside it: a constant equal to the mean prediction (no per-customer
 * information, no use of the truth).
 *
 * @param prediction the prediction's word (churn_within, clv, ...; purchase_today, no_purchase_today or
 *     uplift for the same-day models)
 * @param withinDays the window of a windowed prediction, else 0
 * @param probability whether it is a probability
 * @param customers customers scored
 * @param aucSe standard error of the AUC (Hanley-McNeil), NaN for values
 * @param brier mean squared error against the drawn outcomes (probabilities), NaN for values
 * @param baselineBrier the same for the constant baseline
 * @param mae mean absolute error against the true value (for probabilities: against the true probability)
 * @param rmse root mean squared error against the true value
 * @param baselineMae mean absolute error of the constant baseline
 * @param baselineRmse root mean squared error of the constant baseline
 * @param meanScore mean prediction
 * @param meanTruth mean true value
 * @param deciles lift by score decile
 */
public record PredictionFigures(String prediction, int withinDays, boolean probability, int customers, double aucSe,
        double brier, double baselineBrier, double mae, double rmse, double baselineMae, double baselineRmse,
        double meanScore, double meanTruth, List<DecileLift.Decile> deciles) implements java.io.Serializable {

    public PredictionFigures {
        deciles = List.copyOf(deciles);
    }

    /**
     * The replications' figures averaged: each number its mean over the replications (NaN values
     * left out), the deciles point-wise (means of the decile means and lifts, mean count), from the
     * replications with the most deciles; null when there are none.
     */
    static PredictionFigures mean(List<PredictionFigures> all) {
        List<PredictionFigures> f = all.stream().filter(Objects::nonNull).toList();
        if (f.isEmpty()) {
            return null;
        }
        int groups = f.stream().mapToInt(x -> x.deciles().size()).max().orElse(0);
        List<PredictionFigures> full = f.stream().filter(x -> x.deciles().size() == groups).toList();
        List<DecileLift.Decile> deciles = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int k = g;
            deciles.add(new DecileLift.Decile(g + 1, Math.round(mean(full, x -> x.deciles().get(k).count())),
                    mean(full, x -> x.deciles().get(k).meanScore()), mean(full, x -> x.deciles().get(k).meanTruth()),
                    mean(full, x -> x.deciles().get(k).lift())));
        }
        PredictionFigures first = f.get(0);
        return new PredictionFigures(first.prediction(), first.withinDays(), first.probability(),
                (int) Math.round(mean(f, PredictionFigures::customers)), mean(f, PredictionFigures::aucSe),
                mean(f, PredictionFigures::brier), mean(f, PredictionFigures::baselineBrier), mean(f, PredictionFigures::mae),
                mean(f, PredictionFigures::rmse), mean(f, PredictionFigures::baselineMae),
                mean(f, PredictionFigures::baselineRmse), mean(f, PredictionFigures::meanScore),
                mean(f, PredictionFigures::meanTruth), deciles);
    }

    private static double mean(List<PredictionFigures> f, ToDoubleFunction<PredictionFigures> g) {
        return f.stream().mapToDouble(g).filter(Double::isFinite).average().orElse(Double.NaN);
    }
}
