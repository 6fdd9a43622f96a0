package io.campaignsim.data.clv;

import io.campaignsim.ml.clv.BgNbd;
import io.campaignsim.ml.clv.ModelFit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.data.SharedDatasets;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fits on CDNOW against the published figures. The papers fit the 1-in-10 sample of 2,357
 * customers ({@code CDNOW_sample.txt}), calibration 1997-01-01..1997-09-30 (39 weeks), time in weeks;
 * lifetimes' and BTYD's tests use the same data. A printed figure with d decimals stands for every
 * value within half a unit of its last digit, so that is the tolerance.
 */
class CdnowPublishedResultsTest {

    private static ClvResult sample;

    @BeforeAll
    static void fit() throws IOException {
        var file = SharedDatasets.require(SharedDatasets.CDNOW.resolve("CDNOW_sample.txt"));
        TransactionLog log = TransactionLog.read(file, new TransactionLog.Format(false, true, "1", "3", "5", "yyyyMMdd"));
        CustomerSummary s = CustomerSummary.of(log, LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30), Period.WEEK);
        sample = ClvAnalysis.run(s, new ClvOptions(Period.WEEK, 52, 0.1, ClvOptions.DEFAULT_MAX_EVALUATIONS));
    }

    /** |value - printed| within half a unit of the printed figure's last decimal. */
    private static void printed(double printed, int decimals, double value, String what) {
        double half = 0.5 * Math.pow(10, -decimals) + 1e-12;
        assertTrue(Math.abs(value - printed) <= half, what + " = " + value + ", published " + printed);
    }

    @Test
    void summaryMatchesThePapersData() {
        CustomerSummary s = sample.summary();
        assertEquals(2357, s.size());
        // Fader & Hardie, "The Gamma-Gamma model of monetary value": 946 of the 2,357 made a repeat purchase
        assertEquals(946, s.repeatBuyers());
        assertEquals(39.0, s.holdoutLength(), 1e-12);
        assertEquals(38.86, s.age(0), 0.005); // the first customer bought on 1997-01-01
    }

    /** Fader, Hardie &amp; Lee (2005), "Counting your customers the easy way", Marketing Science 24(2), p. 279. */
    @Test
    void bgNbdMatchesFaderHardieLee2005() {
        ModelFit f = sample.bgNbd();
        assertTrue(f.converged(), f.note());
        printed(0.243, 3, f.estimate("r"), "r");
        printed(4.414, 3, f.estimate("alpha"), "alpha");
        printed(0.793, 3, f.estimate("a"), "a");
        printed(2.426, 3, f.estimate("b"), "b");
        printed(-9582.4, 1, f.logLikelihood(), "LL");
    }

    /**
     * Fader, Hardie &amp; Lee (2005), "RFM and CLV: using iso-value curves", and Fader &amp; Hardie's note on
     * implementing the Pareto/NBD: r = 0.55, α = 10.58, s = 0.61, β = 11.67, LL = -9595.0; lifetimes' test
     * asserts the same fit to three decimals: 0.553, 10.578, 0.606, 11.669.
     */
    @Test
    void paretoNbdMatchesThePublishedFit() {
        ModelFit f = sample.paretoNbd();
        assertTrue(f.converged(), f.note());
        printed(0.55, 2, f.estimate("r"), "r");
        printed(10.58, 2, f.estimate("alpha"), "alpha");
        printed(0.61, 2, f.estimate("s"), "s");
        printed(11.67, 2, f.estimate("beta"), "beta");
        printed(0.553, 3, f.estimate("r"), "r");
        printed(10.578, 3, f.estimate("alpha"), "alpha");
        printed(0.606, 3, f.estimate("s"), "s");
        printed(11.669, 3, f.estimate("beta"), "beta");
        printed(-9595.0, 1, f.logLikelihood(), "LL");
    }

    /** Fader, Hardie &amp; Lee (2005), "RFM and CLV": p = 6.25, q = 3.74, γ = 15.44 on the 946 repeat buyers. */
    @Test
    void gammaGammaMatchesThePublishedFit() {
        ModelFit f = sample.spend();
        assertTrue(f.converged(), f.note());
        assertEquals(946, f.observations());
        printed(6.25, 2, f.estimate("p"), "p");
        printed(3.74, 2, f.estimate("q"), "q");
        printed(15.44, 2, f.estimate("gamma"), "gamma");
    }

    /**
     * Hardie's BG/NBD spreadsheet (asserted by lifetimes): a customer with x = 2, tx = 30.43, T = 38.86
     * expects 1.226 purchases in the next 39 weeks, and E[X(t)] at t = 1/7, 1, 3, 31 6/7, 32 and 78 weeks
     * is 0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576. Those agree to the 4th decimal except at
     * t = 78 (1.8580 here, whose series has z = 0.95 and is checked by quadrature in
     * {@link ClvFormulasTest}); lifetimes asserts them to 3 decimals, and so do we.
     */
    @Test
    void bgNbdExpectationsMatchHardiesSpreadsheet() {
        BgNbd.Params p = BgNbd.Params.of(sample.bgNbd().estimates());
        printed(1.226, 3, BgNbd.expectedPurchases(p, 2, 30.43, 38.86, 39), "E[Y(39) | 2, 30.43, 38.86]");
        double[] t = {0.1429, 1, 3, 31.8571, 32, 78};
        double[] expected = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
        for (int i = 0; i < t.length; i++) {
            printed(expected[i], 3, BgNbd.expectedPurchases(p, t[i]), "E[X(" + t[i] + ")]");
        }
    }

    /** Standard errors exist and are small next to their estimates where the data pins a parameter down. */
    @Test
    void standardErrorsArePositiveAndFinite() {
        for (ModelFit f : sample.fits()) {
            for (double se : f.standardErrors()) {
                assertTrue(se > 0 && Double.isFinite(se), f.toString());
            }
        }
        // r is estimated from 2,357 customers: its SE is a few percent of it
        assertTrue(sample.bgNbd().standardError("r") < 0.1 * sample.bgNbd().estimate("r"));
    }

    @Test
    void holdoutTotalsAddUp() {
        HoldoutComparison h = sample.holdout();
        double actual = 0;
        for (int i = 0; i < sample.summary().size(); i++) {
            actual += sample.summary().holdoutPurchases(i);
        }
        assertEquals(actual, h.actual(), 1e-9);
        assertEquals(h.groups().stream().mapToDouble(g -> g.actual() * g.customers()).sum(), h.actual(), 1e-6);
        HoldoutComparison.WeekPoint last = h.weeks().get(h.weeks().size() - 1);
        assertEquals(LocalDate.of(1998, 6, 30), last.end());
        // cumulative repeats by the holdout end = calibration repeats + holdout repeats
        int calibrationRepeats = 0;
        for (int i = 0; i < sample.summary().size(); i++) {
            calibrationRepeats += sample.summary().frequency(i);
        }
        assertEquals(calibrationRepeats + h.actual(), last.actual(), 1e-9);
        assertEquals(39, h.calibrationWeeks());
    }
}
