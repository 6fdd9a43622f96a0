package io.campaignsim.strategy.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.engine.ContactPolicy;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The exact P(no purchase within N days | hidden state, left alone) of {@link TrueOutlook} agrees
 * with what the simulator then does: customers are mailed a discount every third day for ten days
 * (so fatigue, habituation and churn are all in play), the probabilities are taken from the hidden
 * state on day 10, and nobody is contacted afterwards. Within each fifth of the predicted
 * probabilities the share of customers who did not buy on days 10..29 must lie within 4 standard
 * errors (sqrt(Σ p(1-p))/n, the outcomes being independent Bernoulli draws given the state) of the mean
 * predicted probability.
 */
class TrueOutlookTest {

    static final int FROM = 10;
    static final int WINDOW = 20;

    @Test
    void exactProbabilityMatchesTheSimulatedOutcome() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/lifetime-value.yaml")).withSize(20_000).withHorizonDays(FROM + WINDOW);
        Population population = new PopulationGenerator(s).generate(1);
        int n = population.size();
        double[] predicted = new double[n];
        int offer = s.offerIndex("twenty_off");
        ObservedHistory[] seen = new ObservedHistory[1];
        SimulationEngine engine = SimulationEngine.builder(s, population).oraclePolicy((history, hidden) -> {
            seen[0] = history;
            return new ContactPolicy() {
                    @Override
                    public void propose(int customer, int day, io.campaignsim.engine.ActionBuffer out) {
                        if (day < FROM && day % 3 == 0) {
                            out.add(0, offer, -1, 10, 0);
                        }
                    }

                    @Override
                    public void endOfDay(int day) {
                        if (day == FROM - 1) {
                            TrueOutlook truth = new TrueOutlook(s, population.truth(), history, hidden);
                            for (int i = 0; i < n; i++) {
                                predicted[i] = truth.noPurchaseWithin(i, FROM, WINDOW);
                            }
                        }
                    }
                };
        }).build();
        engine.runDetailed(SimulationEngine.RunOptions.of(0));
        boolean[] none = new boolean[n]; // no purchase on days FROM .. FROM+WINDOW-1
        for (int i = 0; i < n; i++) {
            none[i] = seen[0].daysSincePurchase(i, FROM + WINDOW) > WINDOW;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(predicted[a], predicted[b]));
        for (int q = 0; q < 5; q++) {
            double p = 0;
            double variance = 0;
            double realised = 0;
            int from = q * n / 5;
            int to = (q + 1) * n / 5;
            for (int k = from; k < to; k++) {
                int i = order[k];
                p += predicted[i];
                variance += predicted[i] * (1 - predicted[i]);
                realised += none[i] ? 1 : 0;
            }
            int m = to - from;
            double se = Math.sqrt(variance) / m;
            assertTrue(Math.abs(realised / m - p / m) <= 4 * se + 1e-12, "fifth " + (q + 1) + ": realised "
                    + realised / m + " vs predicted " + p / m + " (se " + se + ")");
        }
    }
}
