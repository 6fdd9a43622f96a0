package io.campaignsim.world;

import io.campaignsim.population.GroundTruth;
import io.campaignsim.scenario.CategoryBundle;
import io.campaignsim.scenario.ChannelSpec;
import io.campaignsim.scenario.OfferSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.UpliftGroupsSpec;
import java.util.List;

/**
 * The ground-truth response model: given a customer's hidden truth and state, the probability
 * of each thing a customer may do on a day. Pure functions over precomputed constants; the
 * formulas are written out in docs/model.md ("World dynamics").
 *
 * @implNote Immutable and allocation-free after construction; shared by all shards.
 */
public final class WorldModel {

    /** Organic purchase probability decays with days since purchase towards this floor (fraction). */
    public static final double RECENCY_FLOOR = 0.3;
    /** Days over which the recency effect on organic purchases decays (e-folding time). */
    public static final double RECENCY_DAYS = 60.0;
    /** Churn hazard grows by its base value every this many days since the last purchase... */
    public static final double CHURN_RECENCY_DAYS = 180.0;
    /** ...up to this multiple of the base, so long-lapsed customers do not all vanish at once. */
    public static final double CHURN_RECENCY_CAP = 3.0;
    /** Churn hazard multiplier per unit of total fatigue: exp(CHURN_FATIGUE * F). */
    public static final double CHURN_FATIGUE = 1.0;
    /** Send-hour match: factor is HOUR_BASE + HOUR_PEAK * exp(-d^2 / (2 HOUR_WIDTH^2)). */
    public static final double HOUR_BASE = 0.6;
    public static final double HOUR_PEAK = 1.2;
    public static final double HOUR_WIDTH = 2.0;
    /** Open-rate factor on the customer's preferred weekday; other days get a factor keeping the mean at 1. */
    public static final double WEEKDAY_BOOST = 1.3;
    /** Discount scale of discount sensitivity: sensitivity s means +s relative effect per 10 % off. */
    public static final double DISCOUNT_UNIT = 0.10;
    /** Log-normal sigma of basket values around the customer's mean. */
    public static final double BASKET_SIGMA = 0.4;
    /** Unsubscribe probability multiplier for sleeping dogs, who dislike being contacted. */
    public static final double SLEEPING_DOG_UNSUBSCRIBE = 2.0;
    /**
     * Attention each category of a recommended bundle of two gets, relative to a recommendation of
     * that category alone: a bundle's pull is {@code BUNDLE_ATTENTION * (pull_j + pull_k)}
     * (docs/model.md, "Bundles"), so it beats its better category alone only when the weaker pulls
     * more than (1 − ω)/ω = 2/3 of the better.
     */
    public static final double BUNDLE_ATTENTION = 0.6;
    /** Longest horizon tables are built for (Scenario.MAX_HORIZON_DAYS) plus the longest recency. */
    public static final int TABLE_DAYS = Scenario.MAX_HORIZON_DAYS + 3651;

    private final int channels;
    private final double[] openRate;
    private final double[] clickRate;
    private final double[] persuasion;
    private final double[] contactCost;
    private final double[] fatiguePerSend;
    private final double[] unsubscribeRate;
    private final double[][] fatigueDecay;
    private final double[] offerDiscount;
    private final double[] offerFixedCost;
    private final double[] groupEffect;
    private final double marginRate;
    private final double[] recencyFactor;
    private final double[] churnRecencyFactor;
    private final double[] hourFactor;
    private final double otherWeekdayFactor;
    private final double habituationPerOffer;
    private final double[] habituationDecay;
    /** Per category: the conversion multiplier of recommending it (catalog.conversion, default 1). */
    private final double[] categoryConversion;
    /** Null without cross-category effects; else leadsTo[k][j], the affinity lift for j after buying k. */
    private final double[][] leadsTo;
    /** Decay of the cross-category lift by days since the purchase (catalog.leads_to_half_life_days). */
    private final double[] leadsToDecay;

    public WorldModel(Scenario scenario) {
        List<ChannelSpec> ch = scenario.channels();
        channels = ch.size();
        openRate = ch.stream().mapToDouble(ChannelSpec::openRate).toArray();
        clickRate = ch.stream().mapToDouble(ChannelSpec::clickRate).toArray();
        persuasion = ch.stream().mapToDouble(ChannelSpec::persuasion).toArray();
        contactCost = ch.stream().mapToDouble(ChannelSpec::cost).toArray();
        fatiguePerSend = ch.stream().mapToDouble(ChannelSpec::fatiguePerSend).toArray();
        unsubscribeRate = ch.stream().mapToDouble(ChannelSpec::unsubscribeRate).toArray();
        int horizon = scenario.horizonDays() + 1;
        fatigueDecay = new double[channels][horizon + 1];
        for (int c = 0; c < channels; c++) {
            double perDay = Math.pow(0.5, 1.0 / ch.get(c).fatigueHalfLifeDays());
            for (int k = 0; k <= horizon; k++) {
                fatigueDecay[c][k] = Math.pow(perDay, k);
            }
        }
        List<OfferSpec> offers = scenario.offers();
        offerDiscount = offers.stream().mapToDouble(OfferSpec::discount).toArray();
        offerFixedCost = offers.stream().mapToDouble(OfferSpec::fixedCost).toArray();
        UpliftGroupsSpec g = scenario.population().upliftGroups();
        groupEffect = new double[4];
        for (int i = 0; i < 4; i++) {
            groupEffect[i] = g.get(i).effect();
        }
        marginRate = scenario.economics().marginRate();
        recencyFactor = new double[TABLE_DAYS];
        for (int r = 0; r < TABLE_DAYS; r++) {
            recencyFactor[r] = RECENCY_FLOOR + (1 - RECENCY_FLOOR) * Math.exp(-r / RECENCY_DAYS);
        }
        // min(1 + r / days, cap) as a table up to where it reaches the cap: no division per customer-day.
        churnRecencyFactor = new double[(int) Math.ceil((CHURN_RECENCY_CAP - 1) * CHURN_RECENCY_DAYS) + 1];
        for (int r = 0; r < churnRecencyFactor.length; r++) {
            churnRecencyFactor[r] = Math.min(1 + r / CHURN_RECENCY_DAYS, CHURN_RECENCY_CAP);
        }
        hourFactor = new double[13];
        for (int d = 0; d <= 12; d++) {
            hourFactor[d] = HOUR_BASE + HOUR_PEAK * Math.exp(-d * d / (2 * HOUR_WIDTH * HOUR_WIDTH));
        }
        otherWeekdayFactor = (7 - WEEKDAY_BOOST) / 6.0;
        io.campaignsim.scenario.HabituationSpec hab = scenario.population().habituation();
        habituationPerOffer = hab.perOffer();
        habituationDecay = new double[horizon + 1];
        double perDay = Math.pow(0.5, 1.0 / hab.halfLifeDays());
        for (int k = 0; k <= horizon; k++) {
            habituationDecay[k] = Math.pow(perDay, k);
        }
        io.campaignsim.scenario.CatalogSpec catalog = scenario.catalog();
        categoryConversion = catalog.conversion();
        leadsTo = catalog.hasCrossEffects() ? catalog.leadsTo() : null;
        leadsToDecay = new double[leadsTo == null ? 0 : TABLE_DAYS];
        double leadPerDay = Math.pow(0.5, 1.0 / catalog.leadsToHalfLifeDays());
        for (int k = 0; k < leadsToDecay.length; k++) {
            leadsToDecay[k] = Math.pow(leadPerDay, k);
        }
    }

    /** Whether buying one category raises the affinity for others (catalog.leads_to). */
    public boolean hasCrossEffects() {
        return leadsTo != null;
    }

    /**
     * The customer's current interest in category {@code k}: the hidden affinity {@code b_ik}, times
     * {@code 1 + leads_to[last][k] * 2^(-r / half_life)} when the last purchase was of category
     * {@code lastCategory} {@code r} days ago (cross-category effect: bought a bike, now wants a
     * helmet). Exactly {@code b_ik} without cross-category effects.
     */
    public double categoryInterest(GroundTruth t, int i, int k, int lastCategory, int daysSincePurchase) {
        double b = t.categoryAffinity(i, k);
        if (leadsTo == null || lastCategory < 0) {
            return b;
        }
        int r = Math.min(Math.max(daysSincePurchase, 0), TABLE_DAYS - 1);
        return b * (1 + leadsTo[lastCategory][k] * leadsToDecay[r]);
    }

    /**
     * Pull of recommending category {@code k}: the customer's current interest times the category's
     * conversion multiplier, the factor a seen recommendation multiplies the contact's effect by.
     */
    public double categoryPull(GroundTruth t, int i, int k, int lastCategory, int daysSincePurchase) {
        return categoryInterest(t, i, k, lastCategory, daysSincePurchase) * categoryConversion[k];
    }

    /**
     * The category bought after a seen bundle ({@link CategoryBundle}): one of its two, drawn in
     * proportion to their pulls ({@code u} uniform); a single category is returned as is.
     */
    public int boughtCategory(GroundTruth t, int i, int category, int lastCategory, int daysSincePurchase, double u) {
        if (!CategoryBundle.isBundle(category)) {
            return category;
        }
        int a = CategoryBundle.first(category);
        int b = CategoryBundle.second(category);
        double pa = categoryPull(t, i, a, lastCategory, daysSincePurchase);
        double pb = categoryPull(t, i, b, lastCategory, daysSincePurchase);
        return pa + pb <= 0 || u * (pa + pb) < pa ? a : b;
    }

    /** Conversion multiplier of recommending category {@code k} (catalog.conversion). */
    public double categoryConversion(int k) {
        return categoryConversion[k];
    }

    /** Whether discount habituation is on (scenario population.discount_habituation.per_offer > 0). */
    public boolean habituates() {
        return habituationPerOffer > 0;
    }

    /**
     * Habituation a seen offer adds: per_offer times the offer's equivalent discount in units of
     * 10 % off (a fixed incentive counts as its share of the customer's basket); 0 without an offer.
     */
    public double habituationDose(GroundTruth t, int i, int offer) {
        if (offer < 0 || habituationPerOffer == 0) {
            return 0.0;
        }
        double equivalent = offerDiscount[offer] + offerFixedCost[offer] / t.basketMean(i);
        return habituationPerOffer * equivalent / DISCOUNT_UNIT;
    }

    /** Multiplier of habituation after {@code days} without offers. */
    public double habituationDecay(int days) {
        return days < habituationDecay.length ? habituationDecay[days] : 0.0;
    }

    /** Factor on the organic (full-price) purchase probability at habituation {@code level}: exp(-level). */
    public static double habituationFactor(double level) {
        return level > 0 ? Math.exp(-level) : 1.0;
    }

    public int channels() {
        return channels;
    }

    /** Daily organic purchase probability at {@code daysSincePurchase}. */
    public double organicPurchase(GroundTruth t, int i, int daysSincePurchase) {
        return t.purchaseRate(i) * recencyFactor(daysSincePurchase);
    }

    /** {@link #organicPurchase} divided by the customer's rate: the recency factor, decreasing in recency. */
    public double recencyFactor(int daysSincePurchase) {
        return recencyFactor[Math.min(Math.max(daysSincePurchase, 0), TABLE_DAYS - 1)];
    }

    /** {@link #baseChurnHazard} divided by the customer's hazard: min(1 + r / 180, 3), increasing in recency. */
    public double churnRecencyFactor(int daysSincePurchase) {
        int r = Math.max(daysSincePurchase, 0);
        return r < churnRecencyFactor.length ? churnRecencyFactor[r] : CHURN_RECENCY_CAP;
    }

    /** Daily churn hazard given recency and total fatigue. */
    public double churnHazard(GroundTruth t, int i, int daysSincePurchase, double totalFatigue) {
        double h = baseChurnHazard(t, i, daysSincePurchase);
        return totalFatigue > 0 ? h * churnFatigueFactor(totalFatigue) : h;
    }

    /** Daily churn hazard without fatigue: {@link #churnHazard} is this times {@link #churnFatigueFactor}. */
    public double baseChurnHazard(GroundTruth t, int i, int daysSincePurchase) {
        return t.churnHazard(i) * churnRecencyFactor(daysSincePurchase);
    }

    /** How much total fatigue multiplies the churn hazard (at least 1, increasing in fatigue). */
    public double churnFatigueFactor(double totalFatigue) {
        return Math.exp(CHURN_FATIGUE * totalFatigue);
    }

    /** Multiplier of fatigue after {@code days} without contact on the channel. */
    public double fatigueDecay(int channel, int days) {
        double[] table = fatigueDecay[channel];
        return days < table.length ? table[days] : 0.0;
    }

    public double fatiguePerSend(int channel) {
        return fatiguePerSend[channel];
    }

    public double contactCost(int channel) {
        return contactCost[channel];
    }

    /** Probability that a delivered contact is opened/seen. */
    public double open(GroundTruth t, int i, int channel, int hour, int weekday, double channelFatigue) {
        return openDamped(t, i, channel, hour, weekday, fatigueDamping(channelFatigue));
    }

    /**
     * exp(-fatigue): the factor channel fatigue multiplies the open probability and the contact's
     * effect by. The engine computes it once per contact and hands it to {@link #openDamped},
     * {@link #effectDamped} and {@link #unsubscribes}, with the same results as the plain methods
     * (exp(-0) is exactly 1, so a contact without fatigue needs no exp at all).
     */
    public static double fatigueDamping(double channelFatigue) {
        return channelFatigue == 0.0 ? 1.0 : Math.exp(-channelFatigue);
    }

    /** {@link #open}, given {@code damping = fatigueDamping(channelFatigue)}. */
    public double openDamped(GroundTruth t, int i, int channel, int hour, int weekday, double damping) {
        int d = Math.abs(hour - t.preferredHour(i));
        d = Math.min(d, 24 - d);
        double wd = weekday == t.preferredWeekday(i) ? WEEKDAY_BOOST : otherWeekdayFactor;
        double p = openRate[channel] * t.channelAffinity(i, channel) * hourFactor[d] * wd * damping;
        return Math.min(p, 1.0);
    }

    /**
     * Probability of a click once opened; a recommended category the customer is interested in
     * ({@link #categoryInterest}) draws more clicks.
     */
    public double click(GroundTruth t, int i, int channel, int category, int lastCategory, int daysSincePurchase) {
        double interest;
        if (category < 0) {
            interest = 1.0;
        } else if (CategoryBundle.isBundle(category)) {
            interest = BUNDLE_ATTENTION * (categoryInterest(t, i, CategoryBundle.first(category), lastCategory, daysSincePurchase)
                    + categoryInterest(t, i, CategoryBundle.second(category), lastCategory, daysSincePurchase));
        } else {
            interest = categoryInterest(t, i, category, lastCategory, daysSincePurchase);
        }
        return Math.min(clickRate[channel] * interest, 1.0);
    }

    /** Probability that a delivered contact unsubscribes the customer from the channel. */
    public double unsubscribe(GroundTruth t, int i, int channel, double channelFatigue) {
        double p = unsubscribeRate[channel] * Math.exp(channelFatigue);
        if (t.upliftGroup(i) == GroundTruth.SLEEPING_DOG) {
            p *= SLEEPING_DOG_UNSUBSCRIBE;
        }
        return Math.min(p, 1.0);
    }

    /** Relative margin by which the cheap test of {@link #unsubscribes} must clear the rate, far above rounding (1e-15). */
    private static final double UNSUBSCRIBE_MARGIN = 1e-9;

    /**
     * Exactly {@code u < unsubscribe(t, i, channel, channelFatigue)} for a uniform {@code u} in [0, 1),
     * given {@code damping = fatigueDamping(channelFatigue)}, without exp(fatigue) on almost every
     * contact: u &lt; rate e^f is u e^-f &lt; rate, which the product decides unless it lies within
     * {@link #UNSUBSCRIBE_MARGIN} of the rate (the products' rounding errors are a few 1e-16); only
     * then is the exact probability computed. Doubling the rate of sleeping dogs is exact, so it
     * commutes with the exp.
     */
    public boolean unsubscribes(GroundTruth t, int i, int channel, double channelFatigue, double damping, double u) {
        double rate = unsubscribeRate[channel];
        if (t.upliftGroup(i) == GroundTruth.SLEEPING_DOG) {
            rate *= SLEEPING_DOG_UNSUBSCRIBE;
        }
        double scaled = u * damping;
        if (scaled >= rate * (1 + UNSUBSCRIBE_MARGIN)) {
            return false;
        }
        if (scaled < rate * (1 - UNSUBSCRIBE_MARGIN)) {
            return true;
        }
        return u < unsubscribe(t, i, channel, channelFatigue);
    }

    /**
     * Change of the day's purchase probability caused by seeing a contact: the group's effect,
     * scaled by the individual, the channel's persuasion, the offer (for positive effects), the
     * recommended category's interest ({@link #categoryInterest}) times its conversion multiplier,
     * and damped by fatigue. {@code lastCategory} and {@code daysSincePurchase}: the customer's last
     * purchase, for the cross-category effect.
     */
    public double effect(GroundTruth t, int i, int channel, int offer, int category, int lastCategory,
            int daysSincePurchase, double channelFatigue) {
        return effectDamped(t, i, channel, offer, category, lastCategory, daysSincePurchase,
                fatigueDamping(channelFatigue));
    }

    /** {@link #effect}, given {@code damping = fatigueDamping(channelFatigue)}. */
    public double effectDamped(GroundTruth t, int i, int channel, int offer, int category, int lastCategory,
            int daysSincePurchase, double damping) {
        double base = groupEffect[t.upliftGroup(i)];
        if (base == 0.0) {
            return 0.0;
        }
        double e = base * t.effectScale(i) * persuasion[channel] * damping;
        if (base > 0) {
            if (offer >= 0) {
                double equivalent = offerDiscount[offer] + offerFixedCost[offer] / t.basketMean(i);
                e *= 1 + t.discountSensitivity(i) * equivalent / DISCOUNT_UNIT;
            }
            if (CategoryBundle.isBundle(category)) {
                e *= BUNDLE_ATTENTION * (categoryPull(t, i, CategoryBundle.first(category), lastCategory, daysSincePurchase)
                        + categoryPull(t, i, CategoryBundle.second(category), lastCategory, daysSincePurchase));
            } else if (category >= 0) {
                e *= categoryInterest(t, i, category, lastCategory, daysSincePurchase) * categoryConversion[category];
            }
        }
        return e;
    }

    /** Basket value from a standard normal draw. */
    public double basket(GroundTruth t, int i, double z) {
        return t.basketMean(i) * Math.exp(BASKET_SIGMA * z - BASKET_SIGMA * BASKET_SIGMA / 2);
    }

    public double marginRate() {
        return marginRate;
    }

    public double discount(int offer) {
        return offer >= 0 ? offerDiscount[offer] : 0.0;
    }

    public double fixedIncentive(int offer) {
        return offer >= 0 ? offerFixedCost[offer] : 0.0;
    }
}
