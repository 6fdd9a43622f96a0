package io.campaignsim.engine;

import io.campaignsim.population.ObservedPopulation;
import io.campaignsim.scenario.expr.FieldSource;
import io.campaignsim.scenario.expr.FieldType;

/**
 * Reads condition fields from the observed population and history for the current day. Holds
 * the day as a field: one instance per shard, set by the engine before the shard's customers are
 * evaluated, so the per-customer call passes only primitives.
 */
public final class ObservedFieldSource implements FieldSource {

    /** Tells whether a customer is currently in a journey (journeys are policy state). */
    @FunctionalInterface
    public interface JourneyMembership {
        boolean inJourney(int journey, int customer);
    }

    private final ObservedHistory history;
    private final ObservedPopulation population;
    private final JourneyMembership journeys;
    private int day;

    public ObservedFieldSource(ObservedHistory history, JourneyMembership journeys) {
        this.history = history;
        this.population = history.population();
        this.journeys = journeys;
    }

    public void setDay(int day) {
        this.day = day;
    }

    public int day() {
        return day;
    }

    @Override
    public double value(FieldType type, int channel, int i) {
        switch (type) {
            case DAY: return day;
            case WEEKDAY: return day % 7;
            case SEGMENT: return population.segment(i);
            case AGE_BAND: return population.ageBand(i);
            case REGION: return population.region(i);
            case LIFECYCLE: return history.lifecycle(i, day).ordinal();
            case LAST_CATEGORY: return history.lastCategory(i);
            case TENURE_DAYS: return history.tenureDays(i, day);
            case DAYS_SINCE_PURCHASE: return history.daysSincePurchase(i, day);
            case FREQUENCY: return history.frequency(i);
            case MONETARY: return history.monetary(i);
            case PURCHASES_30D: return history.purchases30d(i, day);
            case DAYS_SINCE_CONTACT: return history.daysSinceContact(i, day);
            case CONTACTS_7D: return history.contacts7d(i, day);
            case OPENS_30D: return history.opens30d(i, day);
            case CLICKS_30D: return history.clicks30d(i, day);
            case REACHABLE: return history.reachable(i, channel) ? 1 : 0;
            case SUBSCRIBED: return history.subscribed(i, channel) ? 1 : 0;
            case CHANNEL_SENDS_7D: return history.channelSends7d(i, channel, day);
            case CHANNEL_OPEN_RATE_30D: return history.openRate30d(i, channel);
            case CHANNEL_CLICK_RATE_30D: return history.clickRate30d(i, channel);
            case DAYS_SINCE_CHANNEL: return history.daysSinceChannel(i, channel, day);
            case IN_JOURNEY: return journeys.inJourney(channel, i) ? 1 : 0;
            default: throw new IllegalArgumentException("unknown field type " + type);
        }
    }
}
