package io.campaignsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.scenario.CheckSpec.Direction;
import io.campaignsim.scenario.CheckSpec.MetricRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scenario's {@code check:} block (issue #6). */
class CheckSpecTest {

    private static final String BASE = """
            name: c
            horizon_days: 10
            population:
              size: 100
              segments:
                - { name: all, share: 1.0, purchase_rate: 0.01 }
            channels:
              email: { cost: 0.001 }
            strategies:
              - { name: control, type: holdout }
              - { name: ts, type: thompson }
            """;

    private static Scenario load(String check) {
        return new ScenarioLoader().parse(BASE + check, "c.yaml");
    }

    @Test
    void absentBlockGivesTheDefaults() {
        CheckSpec c = load("").check();
        assertEquals(CheckSpec.defaults(), c);
        assertEquals(CheckSpec.Correction.HOLM, c.correction());
        assertTrue(c.metrics().contains(new MetricRule("unsubscribes", Direction.LOWER, 0.10)));
    }

    @Test
    void readsConfidenceMetricsAndStrategies() {
        CheckSpec c = load("""
                check:
                  confidence: 0.9
                  correction: none
                  metrics:
                    profit: { direction: higher, margin: 0.03 }
                    unsubscribes: { margin: 0.2 }
                    incremental_conversions: {}
                  strategies: [ts]
                """).check();
        assertEquals(0.9, c.confidence());
        assertEquals(CheckSpec.Correction.NONE, c.correction());
        assertEquals(List.of(new MetricRule("profit", Direction.HIGHER, 0.03),
                new MetricRule("unsubscribes", Direction.LOWER, 0.2),
                new MetricRule("conversions", Direction.HIGHER, 0.10, true)), c.metrics());
        assertEquals("incremental_conversions", c.metrics().get(2).valueKey());
        assertEquals(List.of("ts"), c.strategies());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "check: { metrics: { proft: { margin: 0.1 } } }|c.yaml:12:21: check.metrics names 'proft' (did you mean 'profit'?)",
        "check: { metrics: { profit: { direction: up } } }|check.metrics.profit.direction is 'up'",
        "check: { metrics: { profit: { margin: -0.1 } } }|check.metrics.profit.margin is -0.1, out of range",
        "check: { metrics: { incremental_clv: {} } }|check.metrics names 'incremental_clv'",
        "check: { confidence: 0.3 }|check.confidence is 0.3, out of range",
        "check: { strategies: [tss] }|check.strategies names 'tss' (did you mean 'ts'?)",
        "check: { metric: {} }|unknown key 'check.metric' (did you mean 'metrics'?)",
    })
    void reportsMistakesWithTheirPlace(String yaml, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(yaml));
        assertTrue(String.join("\n", e.lines()).contains(expected), String.join("\n", e.lines()));
    }
}
