package io.campaignsim.scenario;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The strategy types a scenario may name and the parameters each accepts. The scenario layer
 * reads and checks strategies through this interface only; the strategy layer, which builds the
 * strategies, implements it (its registry), so the scenario layer never names a strategy class. Loading finds the implementation with {@link ServiceLoader}
 * (declared in {@code META-INF/services}) unless one is passed to {@link ScenarioLoader}.
 */
public interface StrategyCatalog {

    /** Every type, in documentation order. */
    List<StrategyTypeInfo> types();

    /** The type named {@code name}, or null. */
    default StrategyTypeInfo type(String name) {
        return types().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** The names of all types, in documentation order. */
    default List<String> names() {
        return types().stream().map(StrategyTypeInfo::name).toList();
    }

    /** The catalog on the class path (the strategy layer's registry). */
    static StrategyCatalog installed() {
        return Installed.CATALOG;
    }

    /** Looked up once: the lookup scans the class path. */
    final class Installed {
        private static final StrategyCatalog CATALOG = ServiceLoader.load(StrategyCatalog.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + StrategyCatalog.class.getName()
                        + " on the class path (META-INF/services is missing from the build)"));

        private Installed() {}
    }
}
