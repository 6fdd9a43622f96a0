package io.campaignsim.engine;

import io.campaignsim.population.ObservedPopulation;
import io.campaignsim.scenario.expr.FieldReader;
import io.campaignsim.scenario.expr.FieldSource;
import io.campaignsim.scenario.expr.FieldType;

/**
 * Reads condition fields from the observed population and history. Hands out one reader per
 * field when a condition is bound, so a read in the hot loop dispatches on nothing but the
 * reader's class (the switch on the field type per read was 9.7 % of the engine's JFR samples,
 * docs/performance.md).
 *
 * @implNote Stateless: the day is an argument of every read, so one instance and its readers serve
 *     all shard threads at once, on different days.
 */
public final class ObservedFieldSource implements FieldSource {

    /** Tells whether a customer is currently in a journey (journeys are policy state). */
    @FunctionalInterface
    public interface JourneyMembership {
        boolean inJourney(int journey, int customer);

        /** Whether the customer's last exit from the journey was an opt-out. */
        default boolean optedOut(int journey, int customer) {
            return false;
        }
    }

    private final ObservedHistory history;
    private final ObservedPopulation population;
    private final JourneyMembership journeys;

    public ObservedFieldSource(ObservedHistory history, JourneyMembership journeys) {
        this.history = history;
        this.population = history.population();
        this.journeys = journeys;
    }

    @Override
    public FieldReader reader(FieldType type, int c) {
        ObservedHistory h = history;
        ObservedPopulation p = population;
        return switch (type) {
            case DAY -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return day;
                }
            };
            case WEEKDAY -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return day % 7;
                }
            };
            case SEGMENT -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return p.segment(i);
                }
            };
            case AGE_BAND -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return p.ageBand(i);
                }
            };
            case REGION -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return p.region(i);
                }
            };
            case LIFECYCLE -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.lifecycle(i, day).ordinal();
                }
            };
            case LAST_CATEGORY -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.lastCategory(i);
                }
            };
            case TENURE_DAYS -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.tenureDays(i, day);
                }
            };
            case DAYS_SINCE_PURCHASE -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.daysSincePurchase(i, day);
                }
            };
            case FREQUENCY -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.frequency(i);
                }
            };
            case MONETARY -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.monetary(i);
                }
            };
            case PURCHASES_30D -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.purchases30d(i, day);
                }
            };
            case DAYS_SINCE_CONTACT -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.daysSinceContact(i, day);
                }
            };
            case CONTACTS_7D -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.contacts7d(i, day);
                }
            };
            case OPENS_30D -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.opens30d(i, day);
                }
            };
            case CLICKS_30D -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.clicks30d(i, day);
                }
            };
            case REACHABLE -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.reachable(i, c) ? 1 : 0;
                }
            };
            case SUBSCRIBED -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.subscribed(i, c) ? 1 : 0;
                }
            };
            case CHANNEL_SENDS_7D -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.channelSends7d(i, c, day);
                }
            };
            case CHANNEL_OPEN_RATE_30D -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.openRate30d(i, c);
                }
            };
            case CHANNEL_CLICK_RATE_30D -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.clickRate30d(i, c);
                }
            };
            case DAYS_SINCE_CHANNEL -> new FieldReader() {
                @Override
                public double read(int i, int day) {
                    return h.daysSinceChannel(i, c, day);
                }
            };
            case IN_JOURNEY -> {
                JourneyMembership m = journeys;
                yield new FieldReader() {
                    @Override
                    public double read(int i, int day) {
                        return m.inJourney(c, i) ? 1 : 0;
                    }
                };
            }
            case OPTED_OUT -> {
                JourneyMembership m = journeys;
                yield new FieldReader() {
                    @Override
                    public double read(int i, int day) {
                        return m.optedOut(c, i) ? 1 : 0;
                    }
                };
            }
        };
    }
}
