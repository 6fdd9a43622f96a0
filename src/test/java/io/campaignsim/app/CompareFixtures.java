package io.campaignsim.app;

import io.campaignsim.compare.StrategyRun;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.util.List;

/** Small inline scenarios for compare tests. */
final class CompareFixtures {

    private CompareFixtures() {}

    /**
     * A one-channel, no-fatigue world (no unsubscribes, no churn) where each decision's value is
     * only that day's purchase: the oracle's myopic choice is then optimal.
     */
    static Scenario scenario(int size, int days, int replications, String groups, String strategies) {
        return scenario(size, days, replications, groups, strategies, "", "");
    }

    /** As above; {@code segmentA}/{@code segmentB} add keys to the two segments (e.g. their uplift mix). */
    static Scenario scenario(int size, int days, int replications, String groups, String strategies, String segmentA,
            String segmentB) {
        String yaml = "name: t\nseed: 11\nhorizon_days: " + days + "\nreplications: " + replications + "\n"
                + "population:\n  size: " + size + "\n  segments:\n"
                + "    - { name: a, share: 0.5, purchase_rate: 0.02, churn_hazard: 0.0, avg_basket: 60" + segmentA + " }\n"
                + "    - { name: b, share: 0.5, purchase_rate: 0.01, churn_hazard: 0.0, avg_basket: 90" + segmentB + " }\n"
                + "  uplift_groups:\n" + indent(groups, 4)
                + "channels:\n"
                + "  email: { cost: 0.05, reach: 1.0, open_rate: 0.4, click_rate: 0.2, fatigue_per_send: 0,"
                + " unsubscribe_rate: 0 }\n"
                + "offers:\n  - { name: ten_off, discount: 0.10 }\n  - { name: twenty_off, discount: 0.20 }\n"
                + "policy:\n  rules:\n    - { name: daily, then: { channel: email, hour: 19 } }\n"
                + "strategies:\n" + indent(strategies, 2);
        return new ScenarioLoader().parse(yaml, "compare-test.yaml");
    }

    static String indent(String block, int spaces) {
        StringBuilder b = new StringBuilder();
        for (String line : block.split("\n")) {
            b.append(" ".repeat(spaces)).append(line).append('\n');
        }
        return b.toString();
    }

    static List<StrategyRun> runs(Scenario s, int threads) {
        try {
            return new CompareJob().simulate(s, s.strategies(), threads, (d, t) -> { });
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
