package io.campaignsim.data.ope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.app.OpeJob;
import io.campaignsim.data.SharedDatasets;
import io.campaignsim.stats.Distributions;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Open Bandit Dataset (skipped when ../shared/datasets is absent): the value of the Bernoulli
 * Thompson sampling policy estimated from the uniform-random log, against the click rate BTS got in
 * its own log. Figures in docs/real-data.md.
 */
class ObdOpeTest {

    /**
     * DR's estimate and BTS's observed click rate are two independent estimates of (nearly) the same
     * quantity, so their difference over its standard error, sqrt(se_DR² + se_BTS²), is a z statistic;
     * it must stay within the two-sided 1 % critical value 2.576. (DR's se is its bootstrap interval's
     * half-width / 1.96, BTS's the Wald one.) A biased estimator, or DR = DM on a wrong model, fails it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"men", "women"})
    void btsValueEstimatedFromTheRandomLogAgreesWithItsOwnClickRate(String campaign) throws Exception {
        var random = SharedDatasets.obd("random", campaign);
        var bts = SharedDatasets.obd("bts", campaign);
        OpeResult r = new OpeJob().evaluate(new OpeJob.Request(random, "empirical:" + bts, List.of(Estimator.values()),
                OffPolicyEvaluation.DEFAULT_BOOTSTRAP, OffPolicyEvaluation.DEFAULT_SEED));
        Map<Estimator, OpeEstimate> e = r.estimates().stream()
                .collect(Collectors.toMap(OpeEstimate::estimator, Function.identity()));
        OpeEstimate dr = e.get(Estimator.DR);
        double z95 = Distributions.normalQuantile(0.975);
        double seDr = (dr.ciHigh() - dr.ciLow()) / 2 / z95;
        double seRef = (r.reference().ciHigh() - r.reference().ciLow()) / 2 / z95;
        double z = (dr.value() - r.reference().rate()) / Math.hypot(seDr, seRef);
        assertTrue(Math.abs(z) < Distributions.normalQuantile(0.995), campaign + ": z = " + z + ", " + dr + " vs " + r.reference());
        assertTrue(Math.abs(dr.value() - e.get(Estimator.DM).value()) > 1e-5, "cross-fitted DR differs from DM: " + e);
        assertTrue(r.rewardFeatures().stream().anyMatch(f -> f.startsWith("user_feature_")), r.rewardFeatures().toString());
        assertTrue(r.rewardFeatures().contains("user-item_affinity"), r.rewardFeatures().toString());
    }

    /** The random log's propensity is 1/items everywhere, so for the uniform policy every weight is 1 and IPS is the click rate. */
    @ParameterizedTest
    @ValueSource(strings = {"men", "women"})
    void theUniformPolicyOnTheRandomLogIsItsOwnClickRate(String campaign) throws Exception {
        OpeResult r = new OpeJob().evaluate(new OpeJob.Request(SharedDatasets.obd("random", campaign), "uniform",
                List.of(Estimator.IPS, Estimator.SNIPS), 20, 1));
        for (OpeEstimate e : r.estimates()) {
            assertEquals(r.observed().rate(), e.value(), 1e-12, e.toString());
        }
        assertEquals(r.rows(), r.effectiveSampleSize(), 1e-6);
    }
}
