package io.campaignsim.compare;

import io.campaignsim.core.CompareMetric;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The randomised holdout test of one strategy in one replication (see {@link HoldoutExperiment}),
 * read on every metric that has a no-contact twin and is an outcome of customers.
 *
 * @param share the share of customers held out
 * @param byMetric the test of each metric
 */
public record HoldoutTest(double share, Map<CompareMetric, HoldoutReading> byMetric) implements java.io.Serializable {

    public HoldoutTest {
        byMetric = Collections.unmodifiableMap(byMetric.isEmpty() ? new EnumMap<>(CompareMetric.class)
                : new EnumMap<>(byMetric));
    }
}
