package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.StrategyRun;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StrategySpec;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code oracle_send_time} bounds the strategies that choose only the hour (fixed hours and the
 * learned hour), at small sizes too, on send-time.yaml, where the conditions of
 * docs/personalisation.md ("When oracle_send_time is a bound") hold: no sleeping dogs, no offers,
 * no journeys or conditions that react to opens. One-sided paired t-test per strategy as in
 * {@link OracleBoundTest}: fails when the one-sided 99 % upper bound (Bonferroni over the
 * strategies) of the mean regret is below 0.
 */
@Tag("slow")
class OracleSendTimeBoundTest {

    private static final int REPLICATIONS = 8;
    private static final double ALPHA = 0.01;

    @ParameterizedTest
    @ValueSource(ints = {200, 1000})
    void noHourStrategyBeatsTheTrueBestHour(int size) throws InterruptedException {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/send-time.yaml")).withSize(size)
                .withReplications(REPLICATIONS);
        List<StrategySpec> specs = s.strategies().stream().filter(x -> !x.type().equals("holdout")).toList();
        List<StrategyRun> runs = new CompareJob().simulate(s, specs, 2, (d, t) -> { });
        List<String> contenders = specs.stream().filter(x -> !x.type().equals("oracle_send_time")).map(StrategySpec::name).toList();
        StringBuilder trace = new StringBuilder("size " + size + ":");
        for (String name : contenders) {
            double[] d = regret(runs, name);
            int beaten = 0;
            for (double x : d) {
                beaten += x < 0 ? 1 : 0;
            }
            double t = new TDistribution(d.length - 1).inverseCumulativeProbability(1 - ALPHA / contenders.size());
            double high = mean(d) + t * sd(d) / Math.sqrt(d.length);
            trace.append(String.format(java.util.Locale.ROOT, " %s regret %.1f (upper %.1f, beaten in %d of %d)", name,
                    mean(d), high, beaten, d.length));
            assertTrue(high >= 0, trace.toString());
        }
        System.out.println(trace);
    }

    private static double[] regret(List<StrategyRun> runs, String strategy) {
        List<StrategyRun> oracle = runs.stream().filter(r -> r.type().equals("oracle_send_time")).toList();
        List<StrategyRun> mine = runs.stream().filter(r -> r.strategy().equals(strategy)).toList();
        double[] d = new double[mine.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = oracle.get(i).value(CompareMetric.PROFIT) - mine.get(i).value(CompareMetric.PROFIT);
        }
        return d;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }
}
