package io.campaignsim.scenario;

import java.util.List;

/**
 * A whole scenario: the synthetic world, the policy to simulate, the strategies to compare and
 * where to report. Immutable; built by {@link ScenarioLoader}, which validates everything.
 * Day 0 of a simulation is a Monday.
 *
 * @param name scenario name, used for the default output folder
 * @param description free text
 * @param seed root seed of every random stream
 * @param horizonDays simulated days, 1..3650
 * @param replications independent replications for compare and check, 1..10000
 * @param population population generation
 * @param channels channels in declaration order (indices are stable across the program)
 * @param offers offers in declaration order
 * @param catalog product categories
 * @param economics margin and objective
 * @param policy the journey policy for simulate
 * @param strategies strategies for compare
 * @param report output options
 * @param check regression-check settings for {@code campaignsim check}
 */
public record Scenario(String name, String description, long seed, int horizonDays, int replications,
        PopulationSpec population, List<ChannelSpec> channels, List<OfferSpec> offers, CatalogSpec catalog,
        EconomicsSpec economics, PolicySpec policy, List<StrategySpec> strategies, ReportSpec report,
        CheckSpec check) implements java.io.Serializable {

    public static final int MAX_HORIZON_DAYS = 3650;
    public static final int MAX_REPLICATIONS = 10_000;

    public Scenario {
        channels = List.copyOf(channels);
        offers = List.copyOf(offers);
        strategies = List.copyOf(strategies);
    }

    public List<String> channelNames() {
        return channels.stream().map(ChannelSpec::name).toList();
    }

    public List<String> offerNames() {
        return offers.stream().map(OfferSpec::name).toList();
    }

    public List<String> segmentNames() {
        return population.segments().stream().map(SegmentSpec::name).toList();
    }

    /** Index of a channel by name, or -1. */
    public int channelIndex(String channel) {
        return channelNames().indexOf(channel);
    }

    /** Index of an offer by name, or -1. */
    public int offerIndex(String offer) {
        return offerNames().indexOf(offer);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, newSeed, horizonDays, replications, population, channels, offers, catalog,
                economics, policy, strategies, report, check);
    }

    public Scenario withSize(long size) {
        return new Scenario(name, description, seed, horizonDays, replications, population.withSize(size), channels,
                offers, catalog, economics, policy, strategies, report, check);
    }

    public Scenario withHorizonDays(int days) {
        return new Scenario(name, description, seed, days, replications, population, channels, offers, catalog,
                economics, policy, strategies, report, check);
    }

    public Scenario withReplications(int reps) {
        return new Scenario(name, description, seed, horizonDays, reps, population, channels, offers, catalog,
                economics, policy, strategies, report, check);
    }
}
