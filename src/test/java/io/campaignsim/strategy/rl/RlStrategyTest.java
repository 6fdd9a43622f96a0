package io.campaignsim.strategy.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.Metric;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.StrategyPolicy;
import io.campaignsim.strategy.spec.StrategyRegistry;
import org.junit.jupiter.api.Test;

/** The RL strategies inside the real engine: deterministic on any thread count, and able to learn to leave alone. */
class RlStrategyTest {

    /** One email channel with a daily opportunity; {@code channel} and {@code groups} vary the world. */
    static Scenario scenario(int size, int days, String channel, String groups, String strategies) {
        String yaml = "name: rl\nseed: 5\nhorizon_days: " + days + "\nreplications: 1\n"
                + "population:\n  size: " + size + "\n  segments:\n"
                + "    - { name: a, share: 0.5, purchase_rate: 0.02, churn_hazard: 0.001, avg_basket: 60 }\n"
                + "    - { name: b, share: 0.5, purchase_rate: 0.01, churn_hazard: 0.002, avg_basket: 90 }\n"
                + "  uplift_groups:\n" + groups
                + "channels:\n  email: " + channel + "\n"
                + "offers:\n  - { name: none }\n  - { name: twenty_off, discount: 0.20 }\n"
                + "policy:\n  rules:\n    - { name: daily, when: \"true\", then: { channel: email } }\n"
                + "strategies:\n" + strategies;
        return new ScenarioLoader().parse(yaml, "rl-test.yaml");
    }

    private static final String GROUPS = "    persuadable:  { share: 0.40, effect: 0.05 }\n    sure_thing:   { share: 0.20 }\n"
            + "    lost_cause:   { share: 0.30 }\n    sleeping_dog: { share: 0.10, effect: -0.02 }\n";
    private static final String EMAIL = "{ cost: 0.01, reach: 1.0, open_rate: 0.3, fatigue_per_send: 0.3, "
            + "fatigue_half_life_days: 21, unsubscribe_rate: 0.003 }";

    private record Run(SimulationResult result, RlStrategy strategy) {}

    private static Run run(Scenario s, String name, int threads) {
        StrategySpec spec = s.strategies().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        Population p = new PopulationGenerator(s).generate(threads);
        Strategy[] made = new Strategy[1];
        SimulationEngine engine = SimulationEngine.builder(s, p).threads(threads).policy(history -> {
            made[0] = new StrategyRegistry().create(spec, new StrategyContext(s, history, null, 0, 0));
            return new StrategyPolicy(s, history, made[0], 0, 0);
        }).build();
        try {
            return new Run(engine.run(SimulationEngine.RunOptions.of(0)), (RlStrategy) made[0]);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * 40,000 customers are three engine shards; over 40 days fitted_q fits (day 13) and refits
     * (days 20, 27, 34) and q_learning updates daily. Every number must match on 1 and 2 threads.
     */
    @Test
    void sameNumbersOnOneAndTwoThreads() {
        Scenario s = scenario(40_000, 40, EMAIL, GROUPS, "  - { name: fq, type: fitted_q, warmup_days: 14 }\n"
                + "  - { name: ql, type: q_learning }\n");
        for (String name : new String[] {"fq", "ql"}) {
            Run one = run(s, name, 1);
            Run two = run(s, name, 2);
            for (Metric m : new Metric[] {Metric.PROFIT, Metric.CONTACTS, Metric.CONVERSIONS, Metric.UNSUBSCRIBES}) {
                assertEquals(one.result().total().get(m), two.result().total().get(m), name + " " + m);
            }
            assertEquals(one.strategy().transitions(), two.strategy().transitions(), name);
            LinearQ a = one.strategy().values();
            LinearQ b = two.strategy().values();
            for (int act = 0; act < a.actions(); act++) {
                for (int j = 0; j < a.dimension(); j++) {
                    assertEquals(a.weight(act, j), b.weight(act, j), name + " w[" + act + "][" + j + "]");
                }
            }
            assertTrue(one.result().total().get(Metric.CONTACTS) > 0, name + " explored");
        }
    }

    /**
     * A world where a contact never pays: it costs 0.5, persuades nobody (every customer a lost
     * cause) and tires. The optimal policy is never to contact. After 60 days q_learning's
     * exploration is 0.1 * 0.5^(60/20) = 1.25 %, two thirds of which picks a contact arm: 0.8 %
     * of decisions. Over days 60..119 contacts must stay under 3 % of decisions (so at most about
     * 2 % are greedy mistakes), where a learner that had not learned would contact 2/3 of the time.
     */
    @Test
    void learnsToLeaveCustomersAloneWhenContactsOnlyCost() {
        String email = "{ cost: 0.5, reach: 1.0, open_rate: 0.3, fatigue_per_send: 0.3, fatigue_half_life_days: 21,"
                + " unsubscribe_rate: 0.003 }";
        String groups = "    persuadable:  { share: 0.0 }\n    sure_thing:   { share: 0.0 }\n"
                + "    lost_cause:   { share: 1.0 }\n    sleeping_dog: { share: 0.0 }\n";
        Scenario s = scenario(3_000, 120, email, groups, "  - { name: ql, type: q_learning }\n"
                + "  - { name: fq, type: fitted_q }\n");
        for (String name : new String[] {"ql", "fq"}) {
            SimulationResult r = run(s, name, 2).result();
            double late = 0;
            for (int d = 60; d < 120; d++) {
                late += r.daily().get(d).get(Metric.CONTACTS);
            }
            // Decisions per day are at most the 3,000 customers.
            assertTrue(late < 0.03 * 3_000 * 60, name + " contacts on days 60..119: " + late);
        }
    }
}
