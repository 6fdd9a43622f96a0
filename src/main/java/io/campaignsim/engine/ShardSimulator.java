package io.campaignsim.engine;

import io.campaignsim.core.Metric;
import io.campaignsim.population.GroundTruth;
import io.campaignsim.population.ObservedPopulation;
import io.campaignsim.random.KeyedUniforms;
import io.campaignsim.world.WorldModel;

/**
 * Simulates one day for one contiguous range of customers: the hot loop. Every random draw is
 * keyed by (customer, day, event), and the no-contact twin uses the same purchase, basket and
 * churn draws as the policy world (common random numbers), so the difference between the two
 * is the policy's effect and not noise.
 *
 * <p>Nothing is allocated per customer-day: state lives in the shared struct-of-arrays, the
 * policy writes into this shard's reusable {@link ActionBuffer}, tallies are primitive arrays.
 *
 * <p>This is the daily engine ({@link Stepping#DAILY}); {@link NextEventShard} reuses its contact
 * loop ({@link #deliver}) and bookkeeping and replaces the daily draws by scheduled events.
 */
class ShardSimulator {

    // Event ids of a customer-day's draws; contact slot k uses CONTACT + 4k .. CONTACT + 4k + 3.
    static final int PURCHASE = 0;
    static final int CHURN = 1;
    static final int BASKET = 2; // and 3
    static final int CATEGORY = 4;
    static final int CONTACT = 8;

    /**
     * Customers whose cache lines the daily loop touches together, one batch ahead of the work
     * on them ({@link CacheWarmer}); 64 shorts are two lines, 64 bytes one.
     */
    static final int WARM_CHUNK = 64;
    /** Off with {@code -Dcampaignsim.warm=false}, to measure what the warming gives (same results either way). */
    static final boolean WARM = !"false".equals(System.getProperty("campaignsim.warm"));

    final int from;
    final int to;
    final ObservedPopulation population;
    final GroundTruth truth;
    final ObservedHistory history;
    final HiddenState hidden;
    final WorldModel world;
    final ContactGuard guard;
    final ContactPolicy policy;
    final KeyedUniforms uniforms;
    final ShardTally tally;
    final ActionBuffer actions = new ActionBuffer();
    final EventLog events;
    /** Per-customer totals, or null when the run does not keep them. */
    private final CustomerOutcomes outcomes;
    final StringBuilder eventBuffer;
    private final int categories;
    private final Attribution attribution;
    // What deliver() leaves for the rest of the customer's day (one shard runs on one thread at a time).
    double dayEffect;
    int dayRedeemOffer;
    double dayHabituationDose;
    int daySeenChannel;
    int daySeenCategory;
    int dayDelivered;
    /**
     * Per customer of the shard, the first day propose must run again ({@link ContactPolicy#nextProposalDay}; back
     * asked again after any callback); null when every customer is asked every day. 4 bytes a customer.
     */
    private final int[] wake;
    /** Touches the lines of the customers about to be run ({@link CacheWarmer}). */
    final CacheWarmer warmer;

    ShardSimulator(int from, int to, ObservedHistory history, HiddenState hidden, GroundTruth truth, WorldModel world,
            ContactGuard guard, ContactPolicy policy, KeyedUniforms uniforms, EventLog events, Attribution attribution,
            CustomerOutcomes outcomes, QuietSkipping skipping) {
        this.attribution = attribution;
        this.wake = skipping == QuietSkipping.NEVER ? null : new int[to - from];
        this.warmer = new CacheWarmer(history, hidden, truth);
        this.from = from;
        this.to = to;
        this.population = history.population();
        this.truth = truth;
        this.history = history;
        this.hidden = hidden;
        this.world = world;
        this.guard = guard;
        this.policy = policy;
        this.uniforms = uniforms;
        this.events = events;
        this.outcomes = outcomes;
        this.eventBuffer = events == null ? null : new StringBuilder(1 << 12);
        this.categories = truth.categories();
        int[] segmentSizes = new int[population.segmentNames().size()];
        for (int i = from; i < to; i++) {
            segmentSizes[population.segment(i)]++;
        }
        this.tally = new ShardTally(segmentSizes, history.channels());
    }

    ShardTally tally() {
        return tally;
    }

    void simulateDay(int day) {
        tally.startDay();
        for (int c = from; c < to; c += WARM_CHUNK) {
            int end = Math.min(to, c + WARM_CHUNK);
            if (WARM) {
                warmer.range(end, Math.min(to, end + WARM_CHUNK)); // the next batch, while this one runs
            }
            for (int i = c; i < end; i++) {
                if (hidden.flags[i] == HiddenState.BOTH_CHURNED) {
                    continue; // gone in both worlds: nothing left to draw or count
                }
                long key = uniforms.key(i, day);
                double uPurchase = KeyedUniforms.uniform(key, PURCHASE);
                double uChurn = KeyedUniforms.uniform(key, CHURN);
                int seg = population.segment(i);
                twinDay(i, day, seg, key, uPurchase, uChurn);
                if (!hidden.churned(i)) {
                    policyDay(i, day, seg, key, uPurchase, uChurn);
                }
            }
        }
        tally.endDay();
        policy.endOfShardDay(from, to, day);
    }

    /** The same customer in a world without contacts. */
    private void twinDay(int i, int day, int seg, long key, double uPurchase, double uChurn) {
        if (hidden.twinChurned(i)) {
            return;
        }
        int dsp = day - hidden.twinLastPurchaseDay[i];
        if (uPurchase < world.organicPurchase(truth, i, dsp)) {
            twinPurchase(i, day, seg, key);
            dsp = 0;
        }
        if (uChurn < world.churnHazard(truth, i, dsp, 0.0)) {
            twinChurn(i, seg);
        }
    }

    /** The twin buys today (its basket draw is the policy world's: common random numbers). */
    final void twinPurchase(int i, int day, int seg, long key) {
        double basket = world.basket(truth, i, KeyedUniforms.normal(key, BASKET));
        double margin = basket * world.marginRate();
        tally.addTwin(seg, Metric.CONVERSIONS, 1);
        tally.addTwin(seg, Metric.REVENUE, basket);
        tally.addTwin(seg, Metric.MARGIN, margin);
        tally.addTwin(seg, Metric.PROFIT, margin);
        if (attribution != null) {
            attribution.twinPurchase(i, margin);
        }
        if (outcomes != null) {
            outcomes.twinPurchase(i, basket, margin);
        }
        hidden.twinLastPurchaseDay[i] = (short) day;
    }

    final void twinChurn(int i, int seg) {
        hidden.flags[i] |= HiddenState.TWIN_CHURNED;
        tally.twinChurned(seg);
    }

    private void policyDay(int i, int day, int seg, long key, double uPurchase, double uChurn) {
        boolean asked = wake == null || day >= wake[i - from];
        if (asked) {
            actions.clear(guard.anyAllowed(history, i, day));
            policy.propose(i, day, actions);
            deliver(i, day, seg, key);
        } else {
            noDelivery(); // nothing due: propose would write nothing and change nothing (the world still runs)
        }
        int dsp = history.daysSincePurchase(i, day);
        double p = world.organicPurchase(truth, i, dsp) * hidden.habituationFactor(i, day) + dayEffect;
        boolean bought = uPurchase < p;
        if (bought) {
            purchase(i, day, seg, key, dayRedeemOffer, daySeenChannel, daySeenCategory);
            dsp = 0;
        }
        if (wake != null && (asked || dayDelivered > 0 || bought)) {
            // The policy's state may have moved today (propose ran, or a callback reached it): its next day, from
            // that state. A customer contacted twice a week is then not asked on the days its frequency cap blocks.
            wake[i - from] = policy.nextProposalDay(i, day);
        }
        hidden.addHabituation(i, day, dayHabituationDose); // after the day's response, as fatigue
        // The bound spares the six-channel fatigue decay on the ~99 % of days the draw is above it.
        if (uChurn < world.baseChurnHazard(truth, i, dsp) * hidden.churnFactorBound(i)
                && uChurn < world.churnHazard(truth, i, dsp, hidden.totalFatigue(history, i, day))) {
            churn(i, day, seg);
        }
    }

    final void churn(int i, int day, int seg) {
        hidden.flags[i] |= HiddenState.CHURNED;
        tally.churned(seg);
        if (events != null) {
            events.append(eventBuffer, day, -1, i, "churn", -1, -1, -1, 0);
        }
    }

    /**
     * Delivers what the policy wrote into {@link #actions} today through the guard rails and draws
     * each contact's response; leaves the day's treatment effect, redeemed offer, habituation dose,
     * seen channel and category and number of deliveries in the {@code day*} fields.
     */
    final void deliver(int i, int day, int seg, long key) {
        double effect = 0;
        int redeemOffer = -1;
        double habituationDose = 0;
        int seenChannel = -1;
        int seenCategory = -1;
        int delivered = 0;
        int n = actions.size();
        if (n == 0) {
            noDelivery(); // most customer-days: skip the history reads below
            return;
        }
        int weekday = day % 7; // day 0 is a Monday
        int lastCategory = history.lastCategory(i);
        int sincePurchase = history.daysSincePurchase(i, day);
        for (int k = 0; k < n; k++) {
            int c = actions.channel(k);
            if (c < 0 || !guard.allows(history, i, c, day, delivered)) {
                continue;
            }
            delivered++;
            int hour = guard.sendHour(actions.hour(k));
            int offer = actions.offer(k);
            int category = actions.category(k);
            double fatigue = hidden.fatigue(history, i, c, day);
            double cost = world.contactCost(c);
            int ev = CONTACT + 4 * k;
            double damping = WorldModel.fatigueDamping(fatigue); // one exp(-fatigue) for the open and the effect
            boolean opened = KeyedUniforms.uniform(key, ev) < world.openDamped(truth, i, c, hour, weekday, damping);
            boolean clicked = opened && KeyedUniforms.uniform(key, ev + 1) < world.click(truth, i, c, category, lastCategory, sincePurchase);
            boolean unsubscribed = world.unsubscribes(truth, i, c, fatigue, damping, KeyedUniforms.uniform(key, ev + 2));
            int slot = SendTimeTally.slot(hour, weekday);
            tally.contact(seg, c, cost, slot);
            if (attribution != null) {
                attribution.contact(i, c, policy.touchpoint(actions.source(k)), cost);
            }
            if (outcomes != null) {
                outcomes.contact(i, cost);
            }
            history.recordContact(i, c, day, hour, opened, clicked);
            hidden.setFatigue(i, c, fatigue + world.fatiguePerSend(c));
            if (events != null) {
                events.append(eventBuffer, day, hour, i, "contact", c, offer, category, cost);
            }
            policy.onDelivered(i, day, actions.source(k), c, hour, opened);
            if (opened) {
                tally.open(seg, c, slot);
                effect += world.effectDamped(truth, i, c, offer, category, lastCategory, sincePurchase, damping);
                if (redeemOffer < 0 && offer >= 0) {
                    redeemOffer = offer;
                }
                habituationDose += world.habituationDose(truth, i, offer);
                if (seenChannel < 0 || category >= 0) {
                    seenChannel = c;
                    seenCategory = category;
                }
                if (policy.onSeen(i, day, actions.source(k), KeyedUniforms.uniform(key, ev + 3))) {
                    tally.add(seg, Metric.OPT_OUTS, 1);
                }
                if (events != null) {
                    events.append(eventBuffer, day, hour, i, "open", c, offer, category, 0);
                }
            }
            if (clicked) {
                tally.add(seg, Metric.CLICKS, 1);
                tally.addChannel(seg, c, Metric.CLICKS, 1);
                if (events != null) {
                    events.append(eventBuffer, day, hour, i, "click", c, offer, category, 0);
                }
            }
            if (unsubscribed) {
                history.recordUnsubscribe(i, c);
                tally.add(seg, Metric.UNSUBSCRIBES, 1);
                policy.onUnsubscribe(i, day);
                if (events != null) {
                    events.append(eventBuffer, day, hour, i, "unsubscribe", c, -1, -1, 0);
                }
            }
        }
        dayEffect = effect;
        dayRedeemOffer = redeemOffer;
        dayHabituationDose = habituationDose;
        daySeenChannel = seenChannel;
        daySeenCategory = seenCategory;
        dayDelivered = delivered;
    }

    /** The {@code day*} fields of a day on which nothing was delivered. */
    final void noDelivery() {
        dayEffect = 0;
        dayRedeemOffer = -1;
        dayHabituationDose = 0;
        daySeenChannel = -1;
        daySeenCategory = -1;
        dayDelivered = 0;
    }

    final void purchase(int i, int day, int seg, long key, int offer, int seenChannel, int seenCategory) {
        double basket = world.basket(truth, i, KeyedUniforms.normal(key, BASKET));
        double discount = world.discount(offer);
        double incentive = basket * discount + world.fixedIncentive(offer);
        double revenue = basket * (1 - discount);
        double margin = basket * world.marginRate();
        double profit = margin - incentive;
        tally.add(seg, Metric.CONVERSIONS, 1);
        tally.add(seg, Metric.REVENUE, revenue);
        tally.add(seg, Metric.MARGIN, margin);
        tally.add(seg, Metric.INCENTIVE_COST, incentive);
        tally.add(seg, Metric.PROFIT, profit);
        if (attribution != null) {
            attribution.purchase(i, profit);
        }
        if (outcomes != null) {
            outcomes.purchase(i, revenue, profit);
        }
        if (seenChannel >= 0) {
            tally.add(seg, Metric.CONTACT_CONVERSIONS, 1);
            tally.addChannel(seg, seenChannel, Metric.CONTACT_CONVERSIONS, 1);
            tally.addChannel(seg, seenChannel, Metric.CONVERSIONS, 1);
            tally.addChannel(seg, seenChannel, Metric.REVENUE, revenue);
            tally.addChannel(seg, seenChannel, Metric.MARGIN, margin);
            tally.addChannel(seg, seenChannel, Metric.INCENTIVE_COST, incentive);
            tally.addChannel(seg, seenChannel, Metric.PROFIT, profit);
        }
        int category = seenCategory >= 0
                ? world.boughtCategory(truth, i, seenCategory, history.lastCategory(i), history.daysSincePurchase(i, day),
                        KeyedUniforms.uniform(key, CATEGORY))
                : world.hasCrossEffects() ? interestCategory(i, day, KeyedUniforms.uniform(key, CATEGORY))
                : purchasedCategory(i, KeyedUniforms.uniform(key, CATEGORY));
        history.recordPurchase(i, day, basket, category);
        policy.onPurchase(i, day, profit);
        if (events != null) {
            events.append(eventBuffer, day, -1, i, "purchase", seenChannel, offer, category, revenue);
        }
    }

    /**
     * With cross-category effects: a category drawn exactly in proportion to the customer's current
     * interest (affinity times the lift from the previous purchase), so buying a bike makes the
     * next organic purchase a helmet more often.
     */
    private int interestCategory(int i, int day, double u) {
        int last = history.lastCategory(i);
        int r = history.daysSincePurchase(i, day);
        double sum = 0;
        for (int k = 0; k < categories; k++) {
            sum += world.categoryInterest(truth, i, k, last, r);
        }
        double target = u * sum;
        double acc = 0;
        for (int k = 0; k < categories; k++) {
            acc += world.categoryInterest(truth, i, k, last, r);
            if (target < acc) {
                return k;
            }
        }
        return categories - 1;
    }

    /**
     * Without cross-category effects (the draw every earlier version made, kept so that results of
     * such scenarios do not change): cumulative affinities against {@code u} times the number of
     * categories, which is proportional only when the customer's affinities sum to that number.
     */
    private int purchasedCategory(int i, double u) {
        double target = u * categories;
        double acc = 0;
        for (int k = 0; k < categories; k++) {
            acc += truth.categoryAffinity(i, k);
            if (target < acc) {
                return k;
            }
        }
        return categories - 1;
    }
}
