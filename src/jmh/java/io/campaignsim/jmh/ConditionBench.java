package io.campaignsim.jmh;

import io.campaignsim.engine.ObservedFieldSource;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.engine.ObservedHistoryFactory;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.RuleSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.expr.BoundCondition;
import io.campaignsim.scenario.expr.ConditionCompiler;
import io.campaignsim.scenario.expr.ObservedFields;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rule-condition evaluation as the engine does it: the four rule conditions of the bundled bench
 * workload (bench.yaml), compiled, bound to the engine's observed fields over a generated
 * population of 100,000 customers (cold state: no contacts yet), tested for every customer of a
 * day in order. Reported per customer: all four conditions, or the first one alone, and the time
 * analysis of all four (the earliest {@link BoundCondition#nextDay}, what the engine computes once per
 * wake-up of a customer instead of testing the conditions on every quiet day).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConditionBench {

    private static final int CUSTOMERS = 100_000;
    private static final int DAY = 40;

    private BoundCondition[] rules;
    private BoundCondition first;

    @Setup
    public void setUp() throws IOException {
        Scenario scenario;
        try (InputStream in = io.campaignsim.bench.SimulationBench.class.getResourceAsStream("bench.yaml")) {
            scenario = new ScenarioLoader().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bench.yaml")
                    .withSize(CUSTOMERS);
        }
        Population population = new PopulationGenerator(scenario).generate(1);
        ObservedHistory history = ObservedHistoryFactory.of(population.observed(), scenario.horizonDays());
        ObservedFieldSource fields = new ObservedFieldSource(history, (journey, customer) -> false);
        ConditionCompiler compiler = new ConditionCompiler(ObservedFields.of(scenario));
        rules = scenario.policy().rules().stream().map(RuleSpec::when)
                .map(w -> compiler.compile(w.text()).bind(fields)).toArray(BoundCondition[]::new);
        first = rules[0];
    }

    @Benchmark
    @OperationsPerInvocation(CUSTOMERS)
    public int allRulesPerCustomer() {
        int fired = 0;
        for (int i = 0; i < CUSTOMERS; i++) {
            for (BoundCondition c : rules) {
                if (c.test(i, DAY)) {
                    fired++;
                }
            }
        }
        return fired;
    }

    @Benchmark
    @OperationsPerInvocation(CUSTOMERS)
    public int firstRulePerCustomer() {
        int fired = 0;
        for (int i = 0; i < CUSTOMERS; i++) {
            if (first.test(i, DAY)) {
                fired++;
            }
        }
        return fired;
    }

    @Benchmark
    @OperationsPerInvocation(CUSTOMERS)
    public long nextDayAllRulesPerCustomer() {
        long sum = 0;
        for (int i = 0; i < CUSTOMERS; i++) {
            int next = Integer.MAX_VALUE;
            for (BoundCondition c : rules) {
                next = Math.min(next, c.nextDay(i, DAY));
            }
            sum += next;
        }
        return sum;
    }
}
