package io.campaignsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class MsprtTest {

    private static final double ALPHA = 0.05;
    private static final int BATCH = 100;
    private static final int MAX_PER_ARM = 20_000;

    /** Outcome of one experiment peeked at after every batch of 100 customers per arm. */
    private record Run(boolean msprtRejected, boolean naiveRejected, boolean trueDifferenceLeftSequence) {}

    private static Run run(Msprt test, UniformRandomProvider rng, double rateA, double rateB) {
        MsprtState state = test.initial();
        long sA = 0;
        long sB = 0;
        boolean naive = false;
        boolean miss = false;
        double truth = rateB - rateA;
        for (long n = BATCH; n <= MAX_PER_ARM; n += BATCH) {
            sA += Simulate.successes(rng, BATCH, rateA);
            sB += Simulate.successes(rng, BATCH, rateB);
            MsprtState next = test.update(state, sA, n, sB, n);
            assertTrue(next.pValue() <= state.pValue(), "p-value never increases");
            assertTrue(next.ciLow() >= state.ciLow() && next.ciHigh() <= state.ciHigh(), "sequence only narrows");
            assertEquals(next.rejected(), next.ciLow() > 0 || next.ciHigh() < 0, "p <= alpha iff 0 left the sequence");
            state = next;
            naive |= TwoProportionZTest.test(sA, n, sB, n, ALPHA).significant();
            miss |= truth < state.ciLow() || truth > state.ciHigh();
        }
        return new Run(state.rejected(), naive, miss);
    }

    @Test
    void peekingAfterEveryBatchKeepsTheFalsePositiveRateUnderTheNull() {
        Msprt test = Msprt.forMde(0.02, ALPHA);
        UniformRandomProvider rng = Simulate.rng(90210L);
        int runs = 1000;
        int msprt = 0;
        int naive = 0;
        for (int r = 0; r < runs; r++) {
            Run run = run(test, rng, 0.10, 0.10);
            msprt += run.msprtRejected() ? 1 : 0;
            naive += run.naiveRejected() ? 1 : 0;
        }
        double msprtRate = (double) msprt / runs;
        double naiveRate = (double) naive / runs;
        assertTrue(msprtRate <= ALPHA + Simulate.binomialSlack(ALPHA, runs), "mSPRT ever rejected in " + msprtRate);
        // A fixed-horizon z-test read 200 times rejects a true null far more often than alpha.
        assertTrue(naiveRate > 2 * ALPHA, "naive peeking rejected in " + naiveRate);
    }

    @Test
    void aTrueEffectIsEventuallyDetectedAndCovered() {
        Msprt test = Msprt.forMde(0.02, ALPHA);
        UniformRandomProvider rng = Simulate.rng(4242L);
        int runs = 200;
        int rejected = 0;
        int missed = 0;
        for (int r = 0; r < runs; r++) {
            Run run = run(test, rng, 0.10, 0.12);
            rejected += run.msprtRejected() ? 1 : 0;
            missed += run.trueDifferenceLeftSequence() ? 1 : 0;
        }
        // 20,000 per arm puts a 0.02 difference about 6.4 standard errors from 0.
        assertTrue(rejected >= 0.9 * runs, "rejected in " + rejected + " of " + runs);
        assertTrue((double) missed / runs <= ALPHA + Simulate.binomialSlack(ALPHA, runs),
                "true difference left the confidence sequence in " + missed + " of " + runs);
    }

    @Test
    void likelihoodRatioMatchesTheClosedForm() {
        Msprt test = new Msprt(1e-4);
        MsprtState s = test.update(test.initial(), 100, 1000, 130, 1000);
        double v = 0.1 * 0.9 / 1000 + 0.13 * 0.87 / 1000;
        double expected = Math.sqrt(v / (v + 1e-4)) * Math.exp(1e-4 * 0.03 * 0.03 / (2 * v * (v + 1e-4)));
        assertEquals(expected, s.lambda(), 1e-12 * expected);
        assertEquals(Math.min(1, 1 / expected), s.pValue(), 1e-12);
        assertEquals(1, s.looks());
    }

    @Test
    void noVariationMeansNoEvidence() {
        Msprt test = new Msprt(1e-4);
        MsprtState empty = test.update(test.initial(), 0, 0, 5, 50);
        assertEquals(1.0, empty.lambda());
        assertEquals(1.0, empty.pValue());
        MsprtState s = test.update(empty, 0, 500, 0, 500);
        assertEquals(1.0, s.lambda());
        assertEquals(1.0, s.pValue());
        assertEquals(-1.0, s.ciLow());
        assertEquals(1.0, s.ciHigh());
    }

    @Test
    void countsMustNotShrink() {
        Msprt test = new Msprt(1e-4);
        MsprtState s = test.update(test.initial(), 10, 100, 10, 100);
        assertThrows(IllegalArgumentException.class, () -> test.update(s, 5, 50, 10, 100));
        assertThrows(IllegalArgumentException.class, () -> new Msprt(0));
    }
}
