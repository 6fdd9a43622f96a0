package io.campaignsim.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Uplift learners on simulated four-group data ({@link UpliftData}): fitted on one sample,
 * judged on an independent one against the known individual uplift.
 */
class UpliftLearnersTest {

    private static final int N = 40_000;
    private static final double L2 = 1.0;
    private static final double TOP = 0.20;
    /** Chance level for the bounds below: a random ranking passes one of them with P < 1e-6. */
    private static final double ALPHA = 1e-6;

    private static final UpliftData TRAIN = UpliftData.simulate(N, 0.5, 101);
    private static final UpliftData TEST = UpliftData.simulate(N, 0.5, 202);

    /**
     * The three ranking checks. (1) The mean true uplift of the top 20 % exceeds the population
     * mean by more than Hoeffding's bound for a random 20 %. (2) The mean prediction for true
     * persuadables exceeds that for true sleeping dogs by more than 4 standard errors of the
     * difference (what a group-blind model could reach by chance). (3) The correlation between
     * predicted and true uplift exceeds 5 / sqrt(n), five null standard deviations.
     */
    private static void assertRanksPersuadablesFirst(UpliftModel model) {
        double[] predicted = model.uplifts(TEST.x());
        double[] truth = TEST.trueUplift();

        double lift = UpliftData.topMean(predicted, truth, TOP) - UpliftData.mean(truth);
        double bound = UpliftData.randomSubsetBound((int) Math.round(TOP * N), ALPHA);
        assertTrue(lift > bound, "top 20 % lift " + lift + " vs chance bound " + bound);

        double[] persuadable = groupStats(predicted, UpliftData.PERSUADABLE);
        double[] sleeping = groupStats(predicted, UpliftData.SLEEPING_DOG);
        double gap = persuadable[0] - sleeping[0];
        double se = Math.sqrt(persuadable[1] / persuadable[2] + sleeping[1] / sleeping[2]);
        assertTrue(gap > 4 * se, "persuadables vs sleeping dogs: gap " + gap + ", se " + se);

        double r = UpliftData.correlation(predicted, truth);
        assertTrue(r > 5 / Math.sqrt(N), "correlation " + r);
    }

    /** (mean, variance, count) of the predictions for one true group. */
    private static double[] groupStats(double[] predicted, int group) {
        double s = 0;
        double ss = 0;
        int c = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (TEST.group()[i] == group) {
                s += predicted[i];
                ss += predicted[i] * predicted[i];
                c++;
            }
        }
        double m = s / c;
        return new double[] {m, ss / c - m * m, c};
    }

    @Test
    void tLearnerRanksPersuadablesAboveSleepingDogs() {
        assertRanksPersuadablesFirst(TLearner.fit(TRAIN.x(), TRAIN.treated(), TRAIN.y(), L2));
    }

    @Test
    void xLearnerWithKnownShareRanksPersuadablesAboveSleepingDogs() {
        assertRanksPersuadablesFirst(XLearner.fit(TRAIN.x(), TRAIN.treated(), TRAIN.y(), L2, 0.5));
    }

    @Test
    void xLearnerWithFittedPropensityRanksPersuadablesAboveSleepingDogs() {
        XLearner model = XLearner.fit(TRAIN.x(), TRAIN.treated(), TRAIN.y(), L2);

        assertRanksPersuadablesFirst(model);
        // Randomised at 1/2: the fitted propensity is near 1/2 (binomial sd 1/(2 sqrt(n)) = 0.0025,
        // plus slope noise of a few times that over the feature range).
        assertEquals(0.5, model.propensity().probability(new double[UpliftData.D]), 0.02);
    }

    @Test
    void xLearnerHandlesASmallTreatedArm() {
        UpliftData train = UpliftData.simulate(N, 0.1, 505); // a 10 % treated warm-up
        assertRanksPersuadablesFirst(XLearner.fit(train.x(), train.treated(), train.y(), L2, 0.1));
    }

    @Test
    void classTransformationRanksPersuadablesAboveSleepingDogs() {
        assertRanksPersuadablesFirst(ClassTransformation.fit(TRAIN.x(), TRAIN.treated(), TRAIN.y(), 0.5, L2));
    }

    @Test
    void classTransformationWithUnbalancedShareUsesWeights() {
        UpliftData train = UpliftData.simulate(N, 0.3, 303);
        ClassTransformation model = ClassTransformation.fit(train.x(), train.treated(), train.y(), 0.3, L2);

        assertRanksPersuadablesFirst(model);
        // Without the 1/(2p) weights, 2 P(Z=1) - 1 = 2p mu_1 + 2(1-p)(1 - mu_0) - 1 would be off
        // by about 0.2 on average here; with them the mean prediction matches the true mean
        // uplift (about 0.025) up to sampling noise of the order 1/sqrt(n) = 0.005.
        double bias = UpliftData.mean(model.uplifts(TEST.x())) - UpliftData.mean(TEST.trueUplift());
        assertEquals(0, bias, 0.03);
    }

    /**
     * The reason uplift modelling exists: sure things buy most but gain nothing from a contact,
     * so ranking by P(buy) targets them, while ranking by uplift targets persuadables.
     */
    @Test
    void propensityRankingTargetsSureThingsNotPersuadables() {
        LogisticRegression propensity = LogisticRegression.fit(TRAIN.x(), TRAIN.y(), null, L2);
        TLearner uplift = TLearner.fit(TRAIN.x(), TRAIN.treated(), TRAIN.y(), L2);
        Function<double[], Double> topUplift = score -> UpliftData.topMean(score, TEST.trueUplift(), TOP);

        double byPropensity = topUplift.apply(propensity.probabilities(TEST.x()));
        double byUplift = topUplift.apply(uplift.uplifts(TEST.x()));

        // Each top-20 % mean is within the Hoeffding bound of what it estimates; twice that
        // separates the two rankings beyond sampling noise.
        double bound = UpliftData.randomSubsetBound((int) Math.round(TOP * N), ALPHA);
        assertTrue(byUplift - byPropensity > 2 * bound,
                "top 20 % true uplift: by uplift " + byUplift + ", by propensity " + byPropensity);
    }

    @Test
    void learnersNeedBothArms() {
        boolean[] allTreated = new boolean[N];
        java.util.Arrays.fill(allTreated, true);
        assertThrows(IllegalArgumentException.class, () -> TLearner.fit(TRAIN.x(), allTreated, TRAIN.y(), L2));
        assertThrows(IllegalArgumentException.class, () -> XLearner.fit(TRAIN.x(), allTreated, TRAIN.y(), L2));
        assertThrows(IllegalArgumentException.class,
                () -> ClassTransformation.fit(TRAIN.x(), allTreated, TRAIN.y(), 0.5, L2));
        assertThrows(IllegalArgumentException.class,
                () -> ClassTransformation.fit(TRAIN.x(), TRAIN.treated(), TRAIN.y(), 1.0, L2));
    }
}
