package io.campaignsim.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The names a scenario may list under {@code report.charts}. The names are shared vocabulary: the
 * scenario validates against them, and the chart registries of {@code simulate}
 * ({@code report.sim.SimulationCharts}) and {@code compare} ({@code report.compare.charts.CompareCharts})
 * draw under them; a test checks that every name is drawn by at least one registry and that the
 * registries draw no other. A name a command does not draw is ignored by that command.
 */
public enum ChartName {
    CONVERSIONS,
    PROFIT,
    CONTACTS_BY_CHANNEL,
    UPLIFT,
    TEST_VS_TRUTH,
    CUMULATIVE_OBJECTIVE,
    REGRET,
    PROFIT_VS_CLV,
    ACTIVE_CUSTOMERS,
    ARM_ALLOCATION,
    MODEL_QUALITY,
    QINI,
    CALIBRATION,
    DECILE_LIFT,
    AB_PVALUE,
    POWER,
    SEGMENT_HEATMAP,
    SEND_TIME_HEATMAP;

    private static final List<String> KEYS = Arrays.stream(values()).map(ChartName::key).toList();

    /** The name as written in a scenario, e.g. {@code arm_allocation}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every name as written in a scenario, in declaration order. */
    public static List<String> keys() {
        return KEYS;
    }

    /** The chart of that name, or empty for a name that is not a chart. */
    public static Optional<ChartName> of(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
