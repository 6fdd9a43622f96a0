package io.campaignsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class ClassificationTest {

    /** Mann–Whitney U / (n₊ n₋) by comparing every pair, ties counting 1/2. */
    private static double naiveAuc(double[] score, boolean[] label) {
        double u = 0;
        long pos = 0;
        long neg = 0;
        for (int i = 0; i < score.length; i++) {
            if (label[i]) {
                pos++;
                for (int j = 0; j < score.length; j++) {
                    if (!label[j]) {
                        u += score[i] > score[j] ? 1 : score[i] == score[j] ? 0.5 : 0;
                    }
                }
            } else {
                neg++;
            }
        }
        return u / (pos * neg);
    }

    @Test
    void aucEqualsMannWhitneyWithTies() {
        UniformRandomProvider rng = Simulate.rng(51L);
        for (int trial = 0; trial < 20; trial++) {
            int n = 50 + 10 * trial;
            double[] score = new double[n];
            boolean[] label = new boolean[n];
            for (int i = 0; i < n; i++) {
                score[i] = Math.round(10 * rng.nextDouble()) / 10.0; // 11 values: many ties
                label[i] = rng.nextDouble() < 0.3 + 0.4 * score[i];
            }
            assertEquals(naiveAuc(score, label), Classification.auc(score, label), 1e-12);
        }
    }

    @Test
    void perfectReversedAndUninformativeScores() {
        double[] score = {0.9, 0.8, 0.7, 0.2, 0.1};
        boolean[] label = {true, true, true, false, false};
        assertEquals(1.0, Classification.auc(score, label));
        boolean[] flipped = {false, false, false, true, true};
        assertEquals(0.0, Classification.auc(score, flipped));
        assertEquals(0.5, Classification.auc(new double[5], label));
        assertTrue(Double.isNaN(Classification.auc(score, new boolean[5])));
    }

    @Test
    void calibrationByHand() {
        Calibration c = Classification.calibration(new double[] {0.4, 0.1, 0.3, 0.2}, new double[] {1, 0, 1, 0}, 2);
        assertEquals(2, c.bins().size());
        assertEquals(new CalibrationBin(0.15000000000000002, 0, 2), c.bins().get(0));
        assertEquals(0.35, c.bins().get(1).meanPredicted(), 1e-12);
        assertEquals(1.0, c.bins().get(1).meanTruth(), 1e-12);
        assertEquals((2 * 0.15 + 2 * 0.65) / 4, c.meanAbsoluteError(), 1e-12);
        assertEquals(3, Classification.calibration(new double[] {1, 2, 3}, new double[] {1, 2, 3}, 10).bins().size());
    }

    @Test
    void calibratedPredictionsHaveSmallError() {
        int n = 100_000;
        UniformRandomProvider rng = Simulate.rng(52L);
        double[] predicted = new double[n];
        double[] outcome = new double[n];
        for (int i = 0; i < n; i++) {
            predicted[i] = 0.2 * rng.nextDouble();
            outcome[i] = rng.nextDouble() < predicted[i] ? 1 : 0;
        }
        Calibration c = Classification.calibration(predicted, outcome, 10);
        // Each bin holds 10,000 outcomes with p ≤ 0.2: its mean has sd ≤ sqrt(0.16/10,000) = 0.004.
        assertTrue(c.meanAbsoluteError() < 4 * 0.004, "error " + c.meanAbsoluteError());
        double[] doubled = predicted.clone();
        for (int i = 0; i < n; i++) {
            doubled[i] *= 2;
        }
        // Predicting twice the truth is off by the mean rate, about 0.1.
        assertEquals(0.1, Classification.calibration(doubled, outcome, 10).meanAbsoluteError(), 0.01);
    }
}
