package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.campaignsim.compare.StrategyRun;
import io.campaignsim.core.Metric;
import io.campaignsim.data.ExperimentLog;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.stats.ProportionTest;
import io.campaignsim.stats.TwoProportionZTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration against the real Hillstrom e-mail experiment (issue #7): compare on the written
 * scenario reproduces the log's arm effects on conversion within the log's own 95 % confidence
 * intervals, and the control conversion rate within its interval.
 */
class CalibrateJobTest {

    static final Path HILLSTROM = Path.of("..", "shared", "datasets", "hillstrom",
            "Kevin_Hillstrom_MineThatData_E-MailAnalytics_DataMiningChallenge_2008.03.20.csv");

    @TempDir
    Path tmp;

    @Test
    void compareOnTheCalibratedScenarioReproducesTheObservedArmEffects() throws Exception {
        assumeTrue(Files.exists(HILLSTROM), "shared datasets not found at " + HILLSTROM.toAbsolutePath());
        Path out = tmp.resolve("hillstrom.yaml");
        ExperimentLog.Columns columns = new ExperimentLog.Columns("segment", "No E-Mail", "conversion", "history_segment",
                "spend");
        CalibrateJob.Outcome o = new CalibrateJob().run(new CalibrateJob.Request(HILLSTROM, columns, 14, "hillstrom", 1,
                2, 5, out));
        ExperimentLog log = o.log();
        Scenario s = new ScenarioLoader().load(out);
        List<StrategyRun> runs = new CompareJob().simulate(s, s.strategies(), 2, (d, t) -> { });
        int arms = log.arms().size();
        double[] simulatedRate = new double[arms];
        for (StrategyRun r : runs) {
            int arm = s.strategies().stream().map(x -> x.name()).toList().indexOf(r.strategy());
            simulatedRate[arm] += r.result().total().get(Metric.CONVERSIONS) / s.population().size() / s.replications();
        }
        ProportionTest control = TwoProportionZTest.test(log.conversions(0), log.customers(0), log.conversions(0),
                log.customers(0), 0.05);
        double controlHalfWidth = 1.96 * Math.sqrt(control.rateA() * (1 - control.rateA()) / log.customers(0));
        assertTrue(Math.abs(simulatedRate[0] - log.rate(0)) < controlHalfWidth,
                "control: simulated " + simulatedRate[0] + " vs log " + log.rate(0) + " +- " + controlHalfWidth);
        for (int a = 1; a < arms; a++) {
            ProportionTest t = TwoProportionZTest.test(log.conversions(0), log.customers(0), log.conversions(a),
                    log.customers(a), 0.05);
            double simulatedEffect = simulatedRate[a] - simulatedRate[0];
            assertTrue(simulatedEffect >= t.ciLow() && simulatedEffect <= t.ciHigh(), log.arms().get(a)
                    + ": simulated effect " + simulatedEffect + " outside the log's CI [" + t.ciLow() + ", " + t.ciHigh()
                    + "]");
        }
    }

    @Test
    void aControlValueThatDoesNotOccurIsABadInput() {
        assumeTrue(Files.exists(HILLSTROM), "shared datasets not found at " + HILLSTROM.toAbsolutePath());
        ExperimentLog.Columns columns = new ExperimentLog.Columns("segment", "No Email", "conversion", null, null);
        io.campaignsim.core.UserInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.campaignsim.core.UserInputException.class, () -> ExperimentLog.read(HILLSTROM, columns));
        assertTrue(e.getMessage().contains("did you mean 'No E-Mail'"), e.getMessage());
    }
}
