package io.campaignsim.data.ope;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.app.OpeJob;
import io.campaignsim.data.SharedDatasets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Open Bandit Pipeline's check of an estimator (issue #7): the value of the Bernoulli Thompson
 * sampling policy estimated from the uniform-random log must agree with the click rate the BTS
 * policy actually got in its own log, i.e. the 95 % intervals overlap. Figures in docs/real-data.md.
 */
class ObdBtsAgreementTest {

    @ParameterizedTest
    @ValueSource(strings = {"men", "women"})
    void btsValueEstimatedFromTheRandomLogMatchesItsOwnClickRate(String campaign) throws Exception {
        var random = SharedDatasets.obd("random", campaign);
        var bts = SharedDatasets.obd("bts", campaign);
        OpeResult r = new OpeJob().evaluate(new OpeJob.Request(random, "empirical:" + bts, List.of(Estimator.values()),
                OffPolicyEvaluation.DEFAULT_BOOTSTRAP, OffPolicyEvaluation.DEFAULT_SEED));
        for (OpeEstimate e : r.estimates()) {
            assertTrue(OpeEstimate.overlap(e.ciLow(), e.ciHigh(), r.reference().ciLow(), r.reference().ciHigh()),
                    campaign + " " + e + " vs BTS observed " + r.reference());
            assertTrue(e.ciHigh() - e.ciLow() < 0.01, "an informative interval: " + e);
        }
    }
}
