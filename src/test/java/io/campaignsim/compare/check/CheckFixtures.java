package io.campaignsim.compare.check;

import io.campaignsim.scenario.CheckSpec.Direction;
import java.nio.file.Path;
import java.util.List;

/** A tiny scenario for check runs, its degraded-policy twin, and hand-made check results. */
public final class CheckFixtures {

    private CheckFixtures() {}

    private static final String WORLD = """
            name: tiny-check
            seed: 5
            horizon_days: 14
            replications: 4
            population:
              size: 2000
              segments:
                - { name: regular, share: 0.6, purchase_rate: 0.008, churn_hazard: 0.001, avg_basket: 60, tenure_days: 600 }
                - { name: lapsing, share: 0.4, purchase_rate: 0.003, churn_hazard: 0.003, avg_basket: 45, tenure_days: 400 }
            channels:
              email: { cost: 0.002, reach: 0.95, open_rate: 0.22, click_rate: 0.12, fatigue_per_send: 0.10, unsubscribe_rate: 0.002 }
              sms:   { cost: 0.03,  reach: 0.60, open_rate: 0.45, click_rate: 0.10, fatigue_per_send: 0.25, unsubscribe_rate: 0.006 }
            offers:
              - { name: none }
              - { name: ten_off, discount: 0.10 }
            strategies:
              - { name: control, type: holdout }
              - { name: bau, type: policy }
            check:
              confidence: 0.95
              metrics:
                profit:       { direction: higher, margin: 0.02 }
                unsubscribes: { direction: lower,  margin: 0.10 }
                contact_cost: { direction: lower,  margin: 0.10 }
                incremental_profit: { margin: 0.10 }
            """;

    /** A weekly email to those who have not bought for a month. */
    public static final String GOOD = WORLD + """
            policy:
              frequency_cap: { per_week: 1 }
              rules:
                - { name: nudge, when: "days_since_purchase > 30", then: { channel: email } }
            """;

    /** The same file but for the policy: a daily SMS with a discount to everyone. */
    public static final String SPAM = WORLD + """
            policy:
              frequency_cap: { per_day: 1 }
              rules:
                - { name: nudge, then: { channel: sms, offer: ten_off } }
            """;

    /** The good policy on a bigger population: the world changed. */
    public static final String BIGGER = GOOD.replace("size: 2000", "size: 2500");

    static MetricCheck row(String strategy, String metric, Verdict v) {
        return v.skipped() ? MetricCheck.skipped(strategy, metric, Direction.HIGHER, 0.02, v)
                : new MetricCheck(strategy, metric, Direction.HIGHER, 100, v == Verdict.REGRESSED ? 80 : 101,
                        v == Verdict.REGRESSED ? -20 : 1, v == Verdict.REGRESSED ? -30 : -5,
                        v == Verdict.REGRESSED ? -10 : 7, 0.02, 2, 0.01, v == Verdict.REGRESSED ? 0.001 : 0.4,
                        v == Verdict.REGRESSED ? 0.004 : 1.0, v);
    }

    /**
     * Two scenarios: one with a regression, an ok and an improved row, one whose baseline lacks the strategy (a
     * baseline made from another world is refused before anything runs, so it never reaches a report).
     */
    public static List<ScenarioCheck> checks() {
        ScenarioCheck a = new ScenarioCheck("alpha", Path.of("a.yaml"), Path.of("b/alpha.json"),
                ScenarioCheck.Status.CHECKED, List.of(row("ts", "profit", Verdict.REGRESSED),
                        row("ts", "unsubscribes", Verdict.OK), row("control", "profit", Verdict.IMPROVED)),
                List.of(), 1, 5, 1200);
        ScenarioCheck b = new ScenarioCheck("beta", Path.of("b.yaml"), Path.of("b/beta.json"),
                ScenarioCheck.Status.CHECKED, List.of(row("ts", "profit", Verdict.NO_BASELINE)),
                List.of("b/beta.json: the baseline has no values for ts; re-run with --update-baseline"), 2, 5, 3);
        return List.of(a, b);
    }
}
