package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.StrategyCatalog;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps each strategy type of the scenario language to its typed spec (one record per family in
 * this package, which owns the parameters, defaults, ranges and
 * {@code create}). It is the scenario layer's {@link StrategyCatalog} (registered in
 * {@code META-INF/services}), so scenario validation, the JSON Schema and the strategies read the
 * same parameter descriptions. Adding a strategy: one spec record, one line below, one test row.
 */
public final class StrategyRegistry implements StrategyCatalog {

    /** A type and how its declared parameters become its typed spec. */
    private record Entry(StrategyTypeInfo info, Function<StrategySpec, ? extends FamilySpec> bind) {}

    /** In documentation order, which is the order messages list the types in. */
    private static final List<Entry> ENTRIES = List.of(
            new Entry(HoldoutSpec.TYPE, HoldoutSpec::from),
            new Entry(RandomSpec.TYPE, RandomSpec::from),
            new Entry(OracleSpec.TYPE, OracleSpec::from),
            new Entry(AbTestSpec.TYPE, AbTestSpec::from),
            new Entry(MultivariateSpec.TYPE, MultivariateSpec::from),
            new Entry(EpsilonGreedySpec.TYPE, EpsilonGreedySpec::from),
            new Entry(Ucb1Spec.TYPE, Ucb1Spec::from),
            new Entry(ThompsonSpec.TYPE, ThompsonSpec::from),
            new Entry(LinUcbSpec.TYPE, LinUcbSpec::from),
            new Entry(LinTsSpec.TYPE, LinTsSpec::from),
            new Entry(TargetingSpec.PROPENSITY, TargetingSpec::propensity),
            new Entry(TargetingSpec.UPLIFT, TargetingSpec::uplift),
            new Entry(NextBestActionSpec.TYPE, NextBestActionSpec::from),
            new Entry(NextProductSpec.TYPE, NextProductSpec::from),
            new Entry(TargetingSpec.CHURN, TargetingSpec::churn),
            new Entry(FittedQSpec.TYPE, FittedQSpec::from),
            new Entry(QLearningSpec.TYPE, QLearningSpec::from),
            new Entry(AsProposedSpec.TYPE, AsProposedSpec::from));

    private static final Map<String, Entry> BY_NAME = new LinkedHashMap<>();

    static {
        for (Entry e : ENTRIES) {
            if (BY_NAME.put(e.info().name(), e) != null) {
                throw new ExceptionInInitializerError("strategy type " + e.info().name() + " is registered twice");
            }
        }
    }

    /** Every strategy type with its parameters (kind, range, words, default, description), in documentation order. */
    public static List<StrategyTypeInfo> parameters() {
        return ENTRIES.stream().map(Entry::info).toList();
    }

    @Override
    public List<StrategyTypeInfo> types() {
        return parameters();
    }

    /** The typed spec of a declared strategy. */
    public FamilySpec spec(StrategySpec declared) {
        Entry e = BY_NAME.get(declared.type());
        if (e == null) {
            throw new IllegalArgumentException("unknown strategy type " + declared.type());
        }
        return e.bind().apply(declared);
    }

    /** A fresh strategy for one replication. */
    public Strategy create(StrategySpec declared, StrategyContext ctx) {
        return spec(declared).create(ctx);
    }
}
