package io.campaignsim.app;

import io.campaignsim.compare.ModelQuality;
import io.campaignsim.compare.UpliftCurves;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.random.Draws;
import io.campaignsim.random.RandomStreams;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.stats.Calibration;
import io.campaignsim.stats.Classification;
import io.campaignsim.stats.Curve;
import io.campaignsim.stats.TrueUpliftMetrics;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.FeatureBuilder;
import io.campaignsim.strategy.ScoringModel;
import io.campaignsim.strategy.oracle.TrueResponse;
import java.util.Arrays;

/**
 * Scores a strategy's fitted model against the hidden truth on a snapshot of customers at the
 * end of the run (features, model scores and truth all taken from the same moment): for
 * uplift models, the Qini coefficient of their ranking against the true uplift (normalised: 1 =
 * ideal ranking, 0 = random) and the area under the true-uplift curve; for probability models,
 * the AUC against purchases drawn from the true probabilities and the calibration error
 * against those probabilities. Besides the figures it keeps the curves behind them (uplift curves of
 * the model, the ideal ranking and random targeting; the calibration table by decile), which the
 * report draws. The snapshot is every k-th customer, up to {@link #SAMPLE}.
 */
final class ModelScorer {

    static final int SAMPLE = 20_000;
    /** Points of the uplift curves: every 2 % of customers targeted. */
    static final int CURVE_POINTS = 51;
    /** Equal-count bins of the calibration table: deciles of the prediction. */
    static final int CALIBRATION_BINS = 10;

    private final Scenario scenario;
    private final TrueResponse truth;
    private final FeatureBuilder features;

    ModelScorer(Scenario scenario, TrueResponse truth) {
        this.scenario = scenario;
        this.truth = truth;
        this.features = new FeatureBuilder(scenario);
    }

    ModelQuality score(ScoringModel model, java.util.List<Arm> arms, ObservedHistory h, int day) {
        int n = h.size();
        int step = Math.max(1, n / SAMPLE);
        int hour = scenario.policy().sendTime().hour();
        Arm arm = arms.get(model.treatmentArm());
        double[] x = new double[features.dimension()];
        double[] row = new double[features.dimension() - 1];
        double[] score = new double[n / step + 1];
        double[] target = new double[score.length];
        int m = 0;
        for (int i = 0; i < n; i += step) {
            int channel = arm.channel() != Arm.KEEP ? arm.channel() : firstSubscribed(h, i);
            if (channel < 0 || !h.subscribed(i, channel)) {
                continue;
            }
            features.fill(h, i, day, x);
            System.arraycopy(x, 1, row, 0, row.length);
            score[m] = model.score(row);
            int offer = arm.offer() == Arm.KEEP ? -1 : arm.offer();
            double uplift = truth.uplift(i, day, channel, offer, -1, hour);
            target[m] = model.scoresUplift() ? uplift
                    : (model.modelName().contains("risk") ? 1 - truth.baseline(i, day) : truth.baseline(i, day) + uplift);
            m++;
        }
        score = Arrays.copyOf(score, m);
        target = Arrays.copyOf(target, m);
        if (m < 2) {
            return new ModelQuality(model.modelName(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, m);
        }
        if (model.scoresUplift()) {
            TrueUpliftMetrics t = TrueUpliftMetrics.of(score, target);
            UpliftCurves curves = new UpliftCurves(perCustomer(t.curve(CURVE_POINTS), m),
                    perCustomer(t.idealCurve(CURVE_POINTS), m), perCustomer(t.randomCurve(CURVE_POINTS), m));
            return new ModelQuality(model.modelName(), Double.NaN, t.normalisedQini(), t.curve(101).area() / m,
                    Double.NaN, m, curves, null);
        }
        boolean[] label = new boolean[m];
        Draws draws = new Draws(RandomStreams.seed(scenario.seed(), RandomStreams.Purpose.ANALYSIS));
        for (int k = 0; k < m; k++) {
            label[k] = draws.nextDouble() < target[k];
        }
        double auc = Classification.auc(score, label);
        Calibration calibration = Classification.calibration(score, target, CALIBRATION_BINS);
        return new ModelQuality(model.modelName(), auc, Double.NaN, Double.NaN, calibration.meanAbsoluteError(), m,
                null, calibration);
    }

    /**
     * The same-day model's score for every customer who can be contacted with its arm on {@code day},
     * beside the truth it targets (the true uplift, or the true purchase probability), for
     * {@code compare --scores}.
     */
    io.campaignsim.compare.ScoreSnapshot snapshot(ScoringModel model, java.util.List<Arm> arms, ObservedHistory h,
            int day, String strategy, int replication) {
        int n = h.size();
        int hour = scenario.policy().sendTime().hour();
        Arm arm = arms.get(model.treatmentArm());
        double[] x = new double[features.dimension()];
        double[] row = new double[features.dimension() - 1];
        int[] customer = new int[n];
        int[] segment = new int[n];
        double[] score = new double[n];
        double[] target = new double[n];
        boolean risk = model.modelName().contains("risk");
        int m = 0;
        for (int i = 0; i < n; i++) {
            int channel = arm.channel() != Arm.KEEP ? arm.channel() : firstSubscribed(h, i);
            if (channel < 0 || !h.subscribed(i, channel)) {
                continue;
            }
            features.fill(h, i, day, x);
            System.arraycopy(x, 1, row, 0, row.length);
            int offer = arm.offer() == Arm.KEEP ? -1 : arm.offer();
            double uplift = truth.uplift(i, day, channel, offer, -1, hour);
            customer[m] = i;
            segment[m] = h.population().segment(i);
            score[m] = model.score(row);
            target[m] = model.scoresUplift() ? uplift : (risk ? 1 - truth.baseline(i, day) : truth.baseline(i, day) + uplift);
            m++;
        }
        String prediction = model.scoresUplift() ? "uplift" : risk ? "no_purchase_today" : "purchase_today";
        return new io.campaignsim.compare.ScoreSnapshot(strategy, replication, prediction, 0, day, model.modelName(),
                scenario.segmentNames(), Arrays.copyOf(customer, m), Arrays.copyOf(segment, m), Arrays.copyOf(score, m),
                Arrays.copyOf(target, m));
    }

    // Per held-out customer, so that replications with snapshots of different sizes can be averaged.
    private static Curve perCustomer(Curve c, int customers) {
        double[] value = c.value();
        for (int i = 0; i < value.length; i++) {
            value[i] /= customers;
        }
        return new Curve(c.fraction(), value);
    }

    private static int firstSubscribed(ObservedHistory h, int i) {
        for (int c = 0; c < h.channels(); c++) {
            if (h.subscribed(i, c)) {
                return c;
            }
        }
        return -1;
    }
}
