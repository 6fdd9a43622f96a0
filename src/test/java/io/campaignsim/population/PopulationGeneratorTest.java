package io.campaignsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.Lifecycle;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.SegmentSpec;
import io.campaignsim.scenario.UpliftGroupsSpec;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The generated population matches the scenario's configuration. Tolerances are 4 standard
 * errors (a false alarm about once in 16,000 checks), computed from the configured
 * probabilities or from the sample's own variance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationGeneratorTest {

    private static final int N = 200_000;
    private static final double Z = 4.0;

    private Scenario scenario;
    private Population population;

    @BeforeAll
    void generate() {
        scenario = TestScenarios.quickstart().withSize(N).withSeed(7);
        population = new PopulationGenerator(scenario).generate(2);
    }

    @Test
    void sizeIsTheScenarioSize() {
        assertEquals(N, population.size());
        assertEquals(N, population.truth().size());
    }

    @Test
    void segmentSharesMatchTheScenario() {
        List<SegmentSpec> segments = scenario.population().segments();
        int[] counts = new int[segments.size()];
        for (int i = 0; i < N; i++) {
            counts[population.observed().segment(i)]++;
        }
        for (int s = 0; s < counts.length; s++) {
            assertShare(segments.get(s).name(), segments.get(s).share(), counts[s]);
        }
    }

    @Test
    void upliftGroupSharesMatchTheScenario() {
        UpliftGroupsSpec groups = scenario.population().upliftGroups();
        int[] counts = new int[4];
        for (int i = 0; i < N; i++) {
            counts[population.truth().upliftGroup(i)]++;
        }
        for (int g = 0; g < 4; g++) {
            // Expected share: each segment's own mix where it has one, else the population's.
            double expected = 0;
            for (io.campaignsim.scenario.SegmentSpec seg : scenario.population().segments()) {
                double mix = seg.upliftShares().isEmpty() ? groups.get(g).share() : seg.upliftShares().get(g);
                expected += seg.share() * mix;
            }
            assertShare(UpliftGroupsSpec.NAMES.get(g), expected, counts[g]);
        }
    }

    @Test
    void reachRatesMatchTheScenario() {
        for (int c = 0; c < scenario.channels().size(); c++) {
            int reachable = 0;
            for (int i = 0; i < N; i++) {
                reachable += population.observed().reachable(i, c) ? 1 : 0;
            }
            assertShare(scenario.channels().get(c).name(), scenario.channels().get(c).reach(), reachable);
        }
    }

    /** frequency ~ Poisson(p W): per segment, mean(frequency - p W) is 0 within 4 SE of the differences. */
    @Test
    void frequencyIsPoissonOfHiddenRateOverTheWindow() {
        ObservedPopulation o = population.observed();
        GroundTruth t = population.truth();
        for (int s = 0; s < o.segmentNames().size(); s++) {
            double sum = 0;
            double sumSq = 0;
            int n = 0;
            for (int i = 0; i < N; i++) {
                if (o.segment(i) == s) {
                    double d = o.frequency(i) - t.purchaseRate(i) * Math.min(o.tenureDays(i), 365);
                    sum += d;
                    sumSq += d * d;
                    n++;
                }
            }
            double mean = sum / n;
            double se = Math.sqrt((sumSq / n - mean * mean) / n);
            assertTrue(Math.abs(mean) < Z * se, o.segmentNames().get(s) + ": mean(frequency - pW) = " + mean
                    + ", 4 SE = " + Z * se);
        }
    }

    @Test
    void effectScaleHasMeanOne() {
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double e = population.truth().effectScale(i);
            sum += e;
            sumSq += e * e;
        }
        double mean = sum / N;
        double se = Math.sqrt((sumSq / N - mean * mean) / N);
        assertEquals(1.0, mean, Z * se);
    }

    @Test
    void observedFieldsAreConsistentWithEachOther() {
        ObservedPopulation o = population.observed();
        GroundTruth t = population.truth();
        for (int i = 0; i < N; i++) {
            int tenure = o.tenureDays(i);
            int window = Math.min(tenure, 365);
            assertTrue(tenure >= 0 && tenure <= 3650);
            assertTrue(o.recencyDays(i) <= tenure, "recency after sign-up at " + i);
            if (o.frequency(i) > 0) {
                assertTrue(o.recencyDays(i) >= 1 && o.recencyDays(i) <= window, "recency inside the window at " + i);
                assertTrue(o.monetary(i) > 0);
            } else {
                assertEquals(0.0, o.monetary(i));
                assertTrue(o.recencyDays(i) == tenure || o.recencyDays(i) > window, "no purchase in window at " + i);
            }
            assertEquals(Lifecycle.classify(tenure, o.recencyDays(i)), o.lifecycle(i));
            assertTrue(t.purchaseRate(i) <= 0.5 && t.churnHazard(i) <= 0.5);
            assertTrue(t.preferredHour(i) >= 0 && t.preferredHour(i) < 24);
            assertTrue(t.preferredWeekday(i) >= 0 && t.preferredWeekday(i) < 7);
        }
    }

    /** Log affinities are exactly Gaussian AR(1): corr(log a_0, log a_1) = rho, SE (1 - rho^2)/sqrt(n). */
    @Test
    void neighbouringCategoryAffinitiesCorrelateByRho() {
        Scenario correlated = TestScenarios.quickstartWith("affinity_correlation: 0.5", "affinity_correlation: 0.6")
                .withSize(100_000);
        Population p = new PopulationGenerator(correlated).generate(2);
        double logCorr = correlation(p, 0, 1, true);
        assertEquals(0.6, logCorr, Z * (1 - 0.36) / Math.sqrt(p.size()));
        assertTrue(correlation(p, 0, 1, false) > 0.3, "affinities themselves are positively correlated");
        assertTrue(correlation(p, 1, 2, false) > 0.3);
    }

    @Test
    void categoryAffinitiesAreIndependentWhenRhoIsZero() {
        Scenario independent = TestScenarios.quickstartWith("affinity_correlation: 0.5", "affinity_correlation: 0.0")
                .withSize(100_000);
        Population p = new PopulationGenerator(independent).generate(2);
        assertEquals(0.0, correlation(p, 0, 1, true), Z / Math.sqrt(p.size()));
        assertEquals(0.0, correlation(p, 2, 3, true), Z / Math.sqrt(p.size()));
    }

    @Test
    void sameCsvBytesWhateverTheThreadCount() {
        Scenario s = TestScenarios.quickstart().withSize(150_000); // three shards, the last one partial
        String one = TestScenarios.csv(new PopulationGenerator(s).generate(1), s, true);
        String two = TestScenarios.csv(new PopulationGenerator(s).generate(2), s, true);
        String three = TestScenarios.csv(new PopulationGenerator(s).generate(3), s, true);
        assertEquals(one, two);
        assertEquals(one, three);
        String otherSeed = TestScenarios.csv(new PopulationGenerator(s.withSeed(43)).generate(2), s, true);
        assertNotEquals(one, otherSeed);
    }

    private static double correlation(Population p, int a, int b, boolean log) {
        GroundTruth t = p.truth();
        int n = p.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double x = log ? Math.log(t.categoryAffinity(i, a)) : t.categoryAffinity(i, a);
            double y = log ? Math.log(t.categoryAffinity(i, b)) : t.categoryAffinity(i, b);
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }
        double cov = sxy / n - sx / n * sy / n;
        return cov / Math.sqrt((sxx / n - sx / n * sx / n) * (syy / n - sy / n * sy / n));
    }

    private static void assertShare(String what, double expected, int count) {
        double se = Math.sqrt(expected * (1 - expected) / N);
        assertEquals(expected, (double) count / N, Z * se, what + " share");
    }
}
