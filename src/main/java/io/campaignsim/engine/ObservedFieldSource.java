package io.campaignsim.engine;

import io.campaignsim.core.Lifecycle;
import io.campaignsim.population.ObservedPopulation;
import io.campaignsim.scenario.expr.FieldReader;
import io.campaignsim.scenario.expr.FieldReader.Motion;
import io.campaignsim.scenario.expr.FieldSource;
import io.campaignsim.scenario.expr.FieldType;

/**
 * Reads condition fields from the observed population and history. Hands out one reader per
 * field when a condition is bound, so a read in the hot loop dispatches on nothing but the
 * reader's class (the switch on the field type per read was 9.7 % of the engine's JFR samples,
 * docs/performance.md).
 *
 * <p>Every reader declares its {@linkplain FieldReader.Motion motion} while nothing happens to the customer, for the
 * time analysis that lets the engine skip customers with nothing due: recencies and tenure grow by one a day (or
 * stay at 9999), windowed counts and decayed open/click counts only shrink, lifecycle and weekday change on known
 * days, everything else (profile, totals, rates, subscriptions, journey flags) stays as it is.
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

    private ObservedFieldSource() {
        this.history = null;
        this.population = null;
        this.journeys = null;
    }

    /**
     * Readers that only declare each field's {@linkplain FieldReader#motion motion} (reading one fails): for the
     * static time analysis of a scenario's conditions, e.g. the notes in summary.json, without any population.
     */
    public static FieldSource timeModels() {
        return new ObservedFieldSource();
    }

    @Override
    public FieldReader reader(FieldType type, int c) {
        ObservedHistory h = history;
        ObservedPopulation p = population;
        return switch (type) {
            case DAY -> new FieldReader() {
                @Override
                public boolean eventFree() {
                    return true;
                }

                @Override
                public Motion motion() {
                    return Motion.GROWS_BY_DAY;
                }

                @Override
                public double read(int i, int day) {
                    return day;
                }
            };
            case WEEKDAY -> new FieldReader() {
                @Override
                public boolean eventFree() {
                    return true;
                }

                @Override
                public Motion motion() {
                    return Motion.STEPS;
                }

                @Override
                public double read(int i, int day) {
                    return day % 7;
                }
            };
            case SEGMENT -> new FieldReader() {
                @Override
                public boolean eventFree() {
                    return true;
                }

                @Override
                public Motion motion() {
                    return Motion.CONSTANT;
                }

                @Override
                public double read(int i, int day) {
                    return p.segment(i);
                }
            };
            case AGE_BAND -> new FieldReader() {
                @Override
                public boolean eventFree() {
                    return true;
                }

                @Override
                public Motion motion() {
                    return Motion.CONSTANT;
                }

                @Override
                public double read(int i, int day) {
                    return p.ageBand(i);
                }
            };
            case REGION -> new FieldReader() {
                @Override
                public boolean eventFree() {
                    return true;
                }

                @Override
                public Motion motion() {
                    return Motion.CONSTANT;
                }

                @Override
                public double read(int i, int day) {
                    return p.region(i);
                }
            };
            case LIFECYCLE -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.STEPS;
                }

                /** Lifecycle.classify flips only when recency passes 30, 90 or 365 days or tenure reaches 30. */
                @Override
                public int nextChange(int i, int day) {
                    int dsp = h.daysSincePurchase(i, day);
                    int tenure = h.tenureDays(i, day);
                    long next = Long.MAX_VALUE;
                    if (dsp <= Lifecycle.ACTIVE_DAYS) {
                        next = Math.min(next, (long) day + Lifecycle.ACTIVE_DAYS + 1 - dsp);
                    }
                    if (dsp <= Lifecycle.COOLING_DAYS) {
                        next = Math.min(next, (long) day + Lifecycle.COOLING_DAYS + 1 - dsp);
                    }
                    if (dsp <= Lifecycle.CHURNED_DAYS) {
                        next = Math.min(next, (long) day + Lifecycle.CHURNED_DAYS + 1 - dsp);
                    }
                    if (tenure < Lifecycle.NEW_DAYS) {
                        next = Math.min(next, (long) day + Lifecycle.NEW_DAYS - tenure);
                    }
                    return (int) Math.min(next, Integer.MAX_VALUE);
                }

                @Override
                public double read(int i, int day) {
                    return h.lifecycle(i, day).ordinal();
                }
            };
            case LAST_CATEGORY -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.CONSTANT;
                }

                @Override
                public double read(int i, int day) {
                    return h.lastCategory(i);
                }
            };
            case TENURE_DAYS -> new FieldReader() {
                @Override
                public boolean eventFree() {
                    return true;
                }

                @Override
                public Motion motion() {
                    return Motion.GROWS_BY_DAY;
                }

                @Override
                public double read(int i, int day) {
                    return h.tenureDays(i, day);
                }
            };
            case DAYS_SINCE_PURCHASE -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.GROWS_BY_DAY;
                }

                @Override
                public double read(int i, int day) {
                    return h.daysSincePurchase(i, day);
                }
            };
            case FREQUENCY -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.CONSTANT;
                }

                @Override
                public double read(int i, int day) {
                    return h.frequency(i);
                }
            };
            case MONETARY -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.CONSTANT;
                }

                @Override
                public double read(int i, int day) {
                    return h.monetary(i);
                }
            };
            case PURCHASES_30D -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.NON_INCREASING;
                }

                @Override
                public double read(int i, int day) {
                    return h.purchases30d(i, day);
                }
            };
            case DAYS_SINCE_CONTACT -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.GROWS_BY_DAY;
                }

                @Override
                public double read(int i, int day) {
                    return h.daysSinceContact(i, day);
                }
            };
            case CONTACTS_7D -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.NON_INCREASING;
                }

                @Override
                public double read(int i, int day) {
                    return h.contacts7d(i, day);
                }
            };
            case OPENS_30D -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.NON_INCREASING;
                }

                @Override
                public double read(int i, int day) {
                    return h.opens30d(i, day);
                }
            };
            case CLICKS_30D -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.NON_INCREASING;
                }

                @Override
                public double read(int i, int day) {
                    return h.clicks30d(i, day);
                }
            };
            case REACHABLE -> new FieldReader() {
                @Override
                public boolean eventFree() {
                    return true;
                }

                @Override
                public Motion motion() {
                    return Motion.CONSTANT;
                }

                @Override
                public double read(int i, int day) {
                    return h.reachable(i, c) ? 1 : 0;
                }
            };
            case SUBSCRIBED -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.CONSTANT;
                }

                @Override
                public double read(int i, int day) {
                    return h.subscribed(i, c) ? 1 : 0;
                }
            };
            case CHANNEL_SENDS_7D -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.NON_INCREASING;
                }

                @Override
                public double read(int i, int day) {
                    return h.channelSends7d(i, c, day);
                }
            };
            case CHANNEL_OPEN_RATE_30D -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.CONSTANT;
                }

                @Override
                public double read(int i, int day) {
                    return h.openRate30d(i, c);
                }
            };
            case CHANNEL_CLICK_RATE_30D -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.CONSTANT;
                }

                @Override
                public double read(int i, int day) {
                    return h.clickRate30d(i, c);
                }
            };
            case DAYS_SINCE_CHANNEL -> new FieldReader() {
                @Override
                public Motion motion() {
                    return Motion.GROWS_BY_DAY;
                }

                @Override
                public double read(int i, int day) {
                    return h.daysSinceChannel(i, c, day);
                }
            };
            case IN_JOURNEY -> {
                JourneyMembership m = journeys;
                yield new FieldReader() {
                    @Override
                    public Motion motion() {
                        return Motion.CONSTANT;
                    }

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
                    public Motion motion() {
                        return Motion.CONSTANT;
                    }

                    @Override
                    public double read(int i, int day) {
                        return m.optedOut(c, i) ? 1 : 0;
                    }
                };
            }
        };
    }
}
