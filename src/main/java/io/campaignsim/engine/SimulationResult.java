package io.campaignsim.engine;

import java.util.List;
import java.util.Objects;

/**
 * Everything one simulated replication produced, as values. The counterfactual is the same
 * world with the same random draws and no contacts at all, which only a simulator can know; the
 * difference is the policy's true incremental effect.
 *
 * @param scenarioName scenario name
 * @param seed root seed
 * @param replication replication index (0-based)
 * @param customers population size
 * @param days simulated days
 * @param channels channel names, index = channel
 * @param segments segment names, index = segment
 * @param total KPIs over all days
 * @param daily KPIs per day (ACTIVE = head count at the end of that day)
 * @param segmentTotals KPIs per segment over all days
 * @param segmentChannel contact KPIs per segment (outer) and channel (inner): contacts, opens, clicks,
 *     contact conversions and their revenue, margin, incentive and contact cost
 * @param counterfactualTotal KPIs of the no-contact twin over all days
 * @param counterfactualDaily KPIs of the no-contact twin per day
 * @param counterfactualSegments KPIs of the no-contact twin per segment
 * @param elapsedMillis wall-clock time of the simulation (not part of any numeric output file)
 * @param sendTime delivered contacts and opens by send hour x weekday over all days
 */
public record SimulationResult(String scenarioName, long seed, int replication, int customers, int days,
        List<String> channels, List<String> segments, Kpis total, List<Kpis> daily, List<Kpis> segmentTotals,
        List<List<Kpis>> segmentChannel, Kpis counterfactualTotal, List<Kpis> counterfactualDaily,
        List<Kpis> counterfactualSegments, long elapsedMillis, SendTimeTally sendTime) implements java.io.Serializable {

    public SimulationResult {
        channels = List.copyOf(channels);
        segments = List.copyOf(segments);
        daily = List.copyOf(daily);
        segmentTotals = List.copyOf(segmentTotals);
        segmentChannel = segmentChannel.stream().map(List::copyOf).toList();
        counterfactualDaily = List.copyOf(counterfactualDaily);
        counterfactualSegments = List.copyOf(counterfactualSegments);
        Objects.requireNonNull(sendTime, "sendTime");
    }

    /** True incremental KPIs of the policy: policy run minus no-contact twin. */
    public Kpis incremental() {
        return total.minus(counterfactualTotal);
    }
}
