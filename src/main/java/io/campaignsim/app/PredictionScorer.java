package io.campaignsim.app;

import io.campaignsim.compare.ModelQuality;
import io.campaignsim.compare.PredictionFigures;
import io.campaignsim.compare.ScoreSnapshot;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.random.Draws;
import io.campaignsim.random.RandomStreams;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.stats.Calibration;
import io.campaignsim.stats.Classification;
import io.campaignsim.stats.DecileLift;
import io.campaignsim.stats.ScoreErrors;
import io.campaignsim.strategy.oracle.TrueOutlook;
import io.campaignsim.strategy.predict.CustomerPredictor;
import java.util.Arrays;

/**
 * Scores a customer-level prediction against the hidden truth on the day it is made (the first day
 * after the warm-up), over every customer it covers: the scores beside the truth
 * ({@link ScoreSnapshot}) and the figures of the model-quality section ({@link PredictionFigures}):
 * for probabilities the AUC with its standard error and the Brier score on outcomes drawn from the
 * true probabilities (stream {@code PREDICTION}), the mean absolute calibration error by decile and
 * the errors against the true probabilities; for values the mean absolute and root mean squared
 * errors; for both the trivial baseline (a constant at the mean prediction) and the lift by decile.
 */
final class PredictionScorer {

    /** Equal-count bins of the calibration table, as for the same-day models. */
    static final int CALIBRATION_BINS = ModelScorer.CALIBRATION_BINS;

    private PredictionScorer() {}

    /** The scores of every covered customer on {@code day}, beside the truth. */
    static ScoreSnapshot snapshot(Scenario scenario, CustomerPredictor p, ObservedHistory h, TrueOutlook truth, int day,
            String strategy, int replication) {
        int n = h.size();
        int[] customer = new int[n];
        int[] segment = new int[n];
        double[] score = new double[n];
        double[] target = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!p.covers(h, i, day)) {
                continue;
            }
            customer[m] = i;
            segment[m] = h.population().segment(i);
            score[m] = p.predict(h, i, day);
            target[m] = truthOf(p, truth, i, day);
            m++;
        }
        return new ScoreSnapshot(strategy, replication, p.prediction().word(), p.withinDays(), day, p.modelName(),
                scenario.segmentNames(), Arrays.copyOf(customer, m), Arrays.copyOf(segment, m), Arrays.copyOf(score, m),
                Arrays.copyOf(target, m));
    }

    /** The hidden truth of what {@code p} predicts for customer i on {@code day} (docs/predictions.md). */
    static double truthOf(CustomerPredictor p, TrueOutlook truth, int i, int day) {
        return switch (p.prediction()) {
            case CHURN_WITHIN -> truth.noPurchaseWithin(i, day, p.withinDays());
            case FIRST_PURCHASE, REPEAT_PURCHASE -> 1 - truth.noPurchaseWithin(i, day, p.withinDays());
            case NEXT_BASKET_VALUE -> truth.nextBasket(i);
            case CLV -> truth.lifetimeValue(i, day);
            default -> throw new IllegalArgumentException(p.prediction() + " is a same-day model");
        };
    }

    /** The model-quality figures of a snapshot; outcomes for the AUC and Brier score are drawn from {@code seed}. */
    static ModelQuality quality(ScoreSnapshot s, boolean probability, long seed) {
        int m = s.size();
        double[] score = s.score();
        double[] truth = s.truth();
        if (m < 2) {
            return new ModelQuality(s.model(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, m, null, null,
                    new PredictionFigures(s.prediction(), s.withinDays(), probability, m, Double.NaN, Double.NaN,
                            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                            java.util.List.of()));
        }
        double mean = Arrays.stream(score).average().orElse(Double.NaN);
        double[] constant = new double[m];
        Arrays.fill(constant, mean);
        double auc = Double.NaN;
        double aucSe = Double.NaN;
        double brier = Double.NaN;
        double baselineBrier = Double.NaN;
        Calibration calibration = null;
        if (probability) {
            Draws draws = new Draws(seed);
            boolean[] label = new boolean[m];
            double[] outcome = new double[m];
            long positives = 0;
            for (int k = 0; k < m; k++) {
                label[k] = draws.nextDouble() < truth[k];
                outcome[k] = label[k] ? 1 : 0;
                positives += label[k] ? 1 : 0;
            }
            auc = Classification.auc(score, label);
            aucSe = ScoreErrors.aucStandardError(auc, positives, m - positives);
            brier = ScoreErrors.meanSquared(score, outcome);
            baselineBrier = ScoreErrors.meanSquared(constant, outcome);
            calibration = Classification.calibration(score, truth, CALIBRATION_BINS);
        }
        PredictionFigures f = new PredictionFigures(s.prediction(), s.withinDays(), probability, m, aucSe, brier,
                baselineBrier, ScoreErrors.meanAbsolute(score, truth), ScoreErrors.rootMeanSquared(score, truth),
                ScoreErrors.meanAbsolute(constant, truth), ScoreErrors.rootMeanSquared(constant, truth), mean,
                Arrays.stream(truth).average().orElse(Double.NaN), DecileLift.of(score, truth));
        return new ModelQuality(s.model(), auc, Double.NaN, Double.NaN,
                calibration == null ? Double.NaN : calibration.meanAbsoluteError(), m, null, calibration, f);
    }

    /** The seed of the outcomes drawn for a replication's probabilities (the replication's own root seed). */
    static long labelSeed(Scenario replicationScenario) {
        return RandomStreams.seed(replicationScenario.seed(), RandomStreams.Purpose.PREDICTION);
    }
}
