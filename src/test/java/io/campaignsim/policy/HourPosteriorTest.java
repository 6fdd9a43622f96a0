package io.campaignsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.random.Draws;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/**
 * The send-time learner's draw is an exact draw from the posterior π(p) exp(L_p), whichever way it
 * ends (an accepted proposal from the prior's alias table, or the full draw after {@link
 * HourPosterior#TRIALS} rejections): the hours of 200,000 draws against the posterior computed in doubles
 * from the same quantised logs, by a chi-square goodness-of-fit test.
 *
 * <p>Tolerance: the statistic is compared with the chi-square quantile 1 − 10⁻⁶ for its degrees of
 * freedom (hours whose expected count is below 5 are pooled), so an exact sampler fails a case with
 * probability 10⁻⁶. The quantised weights differ from the doubles by less than 2⁻²⁰ of a weight, far
 * below what 200,000 draws can see. A sampler that ignored the likelihood, or the prior, or the alias
 * table's second hour, misses the expected counts by thousands of standard deviations in these cases.
 */
class HourPosteriorTest {

    private static final int H = HourPosterior.HOURS;
    private static final int DRAWS = 200_000;
    private static final double ALPHA = 1e-6;

    /** A prior that is far from flat: a high hour at 7, another at 20, the lowest at 3 (e^−6 of the highest). */
    private static int[] prior() {
        int[] logPrior = new int[H];
        for (int p = 0; p < H; p++) {
            double nats = -1.5 - 0.1 * p;
            if (p == 7) {
                nats = 0;
            } else if (p == 20) {
                nats = -0.3;
            } else if (p == 3) {
                nats = -6;
            }
            logPrior[p] = (int) Math.round(nats * SendTimeLearner.SCALE);
        }
        return logPrior;
    }

    @Test
    void aFlatLikelihoodDrawsThePriorThroughTheAliasTable() {
        assertMatchesPosterior(new short[H]);
    }

    @Test
    void aLikelihoodThatAgreesWithThePriorIsDrawnExactly() {
        assertMatchesPosterior(peakedAt(7, 0.6));
    }

    @Test
    void aLikelihoodAtTheLeastLikelyHourFallsBackToTheFullDrawAndIsStillExact() {
        // Acceptance about π(3) ≈ 0.002 a proposal: nearly every draw ends in the full draw.
        assertMatchesPosterior(peakedAt(3, 2.0));
    }

    /** Log-likelihoods 0 at {@code center}, falling by {@code natsPerHour} per hour of circular distance. */
    private static short[] peakedAt(int center, double natsPerHour) {
        short[] logLik = new short[H];
        for (int p = 0; p < H; p++) {
            int d = Math.min(Math.abs(p - center), H - Math.abs(p - center));
            logLik[p] = (short) Math.round(-natsPerHour * d * SendTimeLearner.SCALE);
        }
        return logLik;
    }

    @Test
    void aLikelihoodBetweenBothEndsIsDrawnExactly() {
        // Acceptance about one half: some draws accepted, some from the full draw.
        short[] logLik = new short[H];
        for (int p = 0; p < H; p++) {
            logLik[p] = (short) Math.round(-(p % 5) * 0.7 * SendTimeLearner.SCALE);
        }
        assertMatchesPosterior(logLik);
    }

    private static void assertMatchesPosterior(short[] logLik) {
        int[] logPrior = prior();
        long[] cut = new long[H];
        byte[] other = new byte[H];
        HourPosterior.priorTables(logPrior, 0, new long[H], cut, other);
        // The learner keeps the best hour at depth 0 and saturates depths at HourRows.MAX (16 nats): the
        // posterior it draws from is that of the saturated depths.
        long[] depth = new long[HourRows.WORDS];
        int[] kept = new int[H];
        int minDepth = Integer.MAX_VALUE;
        for (int p = 0; p < H; p++) {
            kept[p] = Math.min(-logLik[p], HourRows.MAX);
            HourRows.set(depth, 0, p, kept[p]);
            minDepth = Math.min(minDepth, kept[p]);
        }
        assertEquals(0, minDepth, "the best hour at depth 0, as the learner keeps it");
        double[] expected = new double[H];
        double total = 0;
        for (int p = 0; p < H; p++) {
            expected[p] = Math.exp((logPrior[p] - kept[p]) / (double) SendTimeLearner.SCALE);
            total += expected[p];
        }
        long[] counts = new long[H];
        Draws draws = new Draws(20261202L);
        long[] cum = new long[H];
        for (int k = 0; k < DRAWS; k++) {
            int p = HourPosterior.draw(depth, 0, logPrior, 0, cut, other, cum, draws);
            assertNotEquals(HourPosterior.NONE, p, "posterior within the fixed-point range");
            counts[p]++;
        }
        // Pool hours expected fewer than 5 times into one cell.
        List<double[]> cells = new ArrayList<>();
        double pooledExpected = 0;
        long pooledCount = 0;
        for (int p = 0; p < H; p++) {
            double e = DRAWS * expected[p] / total;
            if (e < 5) {
                pooledExpected += e;
                pooledCount += counts[p];
            } else {
                cells.add(new double[] {e, counts[p]});
            }
        }
        if (pooledExpected > 0) {
            cells.add(new double[] {Math.max(pooledExpected, 1e-300), pooledCount});
        }
        double chi2 = 0;
        for (double[] c : cells) {
            chi2 += (c[1] - c[0]) * (c[1] - c[0]) / c[0];
        }
        int df = cells.size() - 1;
        double limit = new ChiSquaredDistribution(df).inverseCumulativeProbability(1 - ALPHA);
        assertTrue(df >= 1 && chi2 < limit, "chi-square " + chi2 + " on " + df + " df, limit " + limit);
    }
}
