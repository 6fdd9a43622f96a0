package io.campaignsim.policy;

import io.campaignsim.core.ShardRows;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.random.Draws;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.SegmentSpec;

/**
 * Learns which channel to use for each customer, and picks it by Thompson sampling, with the
 * reward of a contact on channel c taken as
 *
 * <pre>
 *   value = θ_ic · f_scb · v_sc − cost_c − U · u_scb
 * </pre>
 *
 * <ul>
 *   <li>θ_ic: the customer's open rate on c, with the same hierarchical Beta prior as send times
 *       (segment s's open rate on c as the prior mean, prior strength κ sends), drawn from its
 *       posterior;
 *   <li>f_scb: how much the segment's open rate on c falls with the customer's recent sends on c
 *       (b = 0, 1, 2 or more sends on c in the last 6 days): fatigue, learned as the ratio of the
 *       segment's open rate in bucket b to its open rate over all buckets;
 *   <li>v_sc: the value of a seen contact on c in segment s: the mean same-day purchase profit
 *       (margin − incentive) after opened contacts on c minus after unopened ones, drawn from
 *       its normal posterior. Whether a delivered contact is opened is the world's coin flip,
 *       so in this simulator that difference is the seen contact's causal effect; with real data
 *       customers who open may also buy more anyway, and this would overstate v;
 *   <li>cost_c: the channel's cost (known); U: what an unsubscribe from a channel costs
 *       (a parameter), u_scb the segment's unsubscribe rate per send on c in fatigue bucket b.
 * </ul>
 *
 * Only reachable, subscribed channels are candidates. The segment-level terms start vague and
 * are learned from every customer's contacts, so channels nobody has tried are tried by the
 * draws of v (Thompson sampling at the segment level as well as per customer). Fatigue's effect
 * on churn is not modelled (a churned customer gives no per-channel signal).
 *
 * <p>State per customer: sends and opens per channel (2 bytes per channel, {@link OpenCounts}).
 *
 * @implNote {@link #choose}, {@link #delivered}, {@link #purchased} and {@link #unsubscribed}
 *     are customer-local; {@link #endOfDay} runs alone between days.
 */
public final class ChannelLearner {

    /** Default prior strength κ in sends. */
    public static final double DEFAULT_PRIOR_STRENGTH = io.campaignsim.scenario.ChannelChoiceSpec.DEFAULT_PRIOR_STRENGTH;
    /** Default cost of losing a channel subscription, in currency units. */
    public static final double DEFAULT_UNSUBSCRIBE_COST = io.campaignsim.scenario.ChannelChoiceSpec.DEFAULT_UNSUBSCRIBE_COST;
    /** Fatigue buckets: 0, 1, 2+ sends on the channel in the 6 days before today. */
    static final int FATIGUE_BUCKETS = 3;
    /** Pseudo-sends of a fatigue bucket's rate ratio at 1 (no fatigue effect) before data. */
    static final double FATIGUE_PRIOR_SENDS = 50;

    private final ObservedHistory history;
    private final int channels;
    private final int segmentCount;
    private final double[] cost;
    private final double strength;
    private final double unsubscribeCost;
    private final OpenCounts counts;
    /** Per (segment, channel, fatigue bucket). */
    private final SegmentOpens opensByBucket;
    private final long[][] shardUnsubscribes;
    private final long[] unsubscribes;
    /** Per (segment, channel, opened 0/1): contacts, profit sum and sum of squares of the day's purchase profit. */
    private final long[][] shardContacts;
    private final double[][] shardProfit;
    private final double[][] shardProfitSq;
    private final long[] contacts;
    private final double[] profit;
    private final double[] profitSq;
    /** Vague prior sd of one contact-day's profit per segment, before data: the margin of one basket. */
    private final double[] priorSd;
    // Fixed for the day, per (segment, channel) or (segment, channel, bucket):
    private final double[] priorOpens;
    private final double[] priorMisses;
    private final double[] fatigueFactor;
    private final double[] unsubscribeRate;
    private final double[] valueMean;
    private final double[] valueSd;

    public ChannelLearner(Scenario scenario, ObservedHistory history, double priorStrength, double unsubscribeCost) {
        this.history = history;
        this.channels = history.channels();
        this.segmentCount = history.population().segmentNames().size();
        this.cost = scenario.channels().stream().mapToDouble(c -> c.cost()).toArray();
        this.strength = priorStrength;
        this.unsubscribeCost = unsubscribeCost;
        int n = history.size();
        this.counts = new OpenCounts(n, channels);
        int sc = segmentCount * channels;
        this.opensByBucket = new SegmentOpens(n, segmentCount, channels * FATIGUE_BUCKETS);
        int shards = Math.max(1, (n + SimulationEngine.SHARD_SIZE - 1) / SimulationEngine.SHARD_SIZE);
        this.shardUnsubscribes = ShardRows.longs(shards, sc * FATIGUE_BUCKETS);
        this.unsubscribes = new long[sc * FATIGUE_BUCKETS];
        this.shardContacts = ShardRows.longs(shards, sc * 2);
        this.shardProfit = ShardRows.doubles(shards, sc * 2);
        this.shardProfitSq = ShardRows.doubles(shards, sc * 2);
        this.contacts = new long[sc * 2];
        this.profit = new double[sc * 2];
        this.profitSq = new double[sc * 2];
        this.priorSd = new double[segmentCount];
        for (int s = 0; s < segmentCount; s++) {
            SegmentSpec seg = scenario.population().segments().get(s);
            priorSd[s] = seg.avgBasket() * scenario.economics().marginRate();
        }
        this.priorOpens = new double[sc];
        this.priorMisses = new double[sc];
        this.fatigueFactor = new double[sc * FATIGUE_BUCKETS];
        this.unsubscribeRate = new double[sc * FATIGUE_BUCKETS];
        this.valueMean = new double[sc];
        this.valueSd = new double[sc];
        update();
    }

    /** Learning state per customer, in bytes (the memory guard counts it). */
    public static int bytesPerCustomer(int channels) {
        return OpenCounts.bytesPerCustomer(channels);
    }

    /** The fatigue bucket of channel {@code c} for the customer today: sends on it in the 6 days before. */
    public int bucket(int customer, int c, int day) {
        int recent = history.channelSends7d(customer, c, day) - history.channelSendsToday(customer, c, day);
        return Math.min(recent, FATIGUE_BUCKETS - 1);
    }

    /** The subscribed channel with the highest sampled value, or -1 when none is subscribed. */
    public int choose(int customer, int day, Draws draws) {
        int seg = history.population().segment(customer);
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int m = history.subscribedMask(customer); m != 0; m &= m - 1) {
            int c = Integer.numberOfTrailingZeros(m);
            int sc = seg * channels + c;
            double n = counts.sends(customer, c);
            double o = counts.opens(customer, c);
            double a = priorOpens[sc] + o;
            double total = a + priorMisses[sc] + n - o;
            double mean = a / total;
            double theta = mean + Math.sqrt(mean * (1 - mean) / (total + 1)) * draws.nextGaussian();
            double v = valueMean[sc] + valueSd[sc] * draws.nextGaussian();
            int b = sc * FATIGUE_BUCKETS + bucket(customer, c, day);
            double value = Math.max(0, theta) * fatigueFactor[b] * v - cost[c] - unsubscribeCost * unsubscribeRate[b];
            if (value > bestValue) {
                bestValue = value;
                best = c;
            }
        }
        return best;
    }

    /** A contact on {@code channel} (fatigue bucket {@code bucket} when it was chosen) was delivered. */
    public void delivered(int customer, int channel, int bucket, boolean opened) {
        counts.record(customer, channel, opened);
        int sc = history.population().segment(customer) * channels + channel;
        opensByBucket.add(customer, sc * FATIGUE_BUCKETS + bucket, opened);
        shardContacts[customer / SimulationEngine.SHARD_SIZE][sc * 2 + (opened ? 1 : 0)]++;
    }

    /** The customer bought on the day of a contact on {@code channel}: {@code profit} is margin − incentive. */
    public void purchased(int customer, int channel, boolean opened, double purchaseProfit) {
        int k = (history.population().segment(customer) * channels + channel) * 2 + (opened ? 1 : 0);
        int s = customer / SimulationEngine.SHARD_SIZE;
        shardProfit[s][k] += purchaseProfit;
        shardProfitSq[s][k] += purchaseProfit * purchaseProfit;
    }

    /** The customer unsubscribed from {@code channel} after a contact in fatigue bucket {@code bucket}. */
    public void unsubscribed(int customer, int channel, int bucket) {
        int sc = history.population().segment(customer) * channels + channel;
        shardUnsubscribes[customer / SimulationEngine.SHARD_SIZE][sc * FATIGUE_BUCKETS + bucket]++;
    }

    /** Between days: the day's counts enter the segment-level estimates. */
    public void endOfDay() {
        opensByBucket.endOfDay();
        for (int s = 0; s < shardContacts.length; s++) { // shard order: the sums do not depend on threads
            for (int k = 0; k < contacts.length; k++) {
                contacts[k] += shardContacts[s][k];
                profit[k] += shardProfit[s][k];
                profitSq[k] += shardProfitSq[s][k];
                shardContacts[s][k] = 0;
                shardProfit[s][k] = 0;
                shardProfitSq[s][k] = 0;
            }
            for (int k = 0; k < unsubscribes.length; k++) {
                unsubscribes[k] += shardUnsubscribes[s][k];
                shardUnsubscribes[s][k] = 0;
            }
        }
        update();
    }

    private void update() {
        for (int seg = 0; seg < segmentCount; seg++) {
            for (int c = 0; c < channels; c++) {
                int sc = seg * channels + c;
                long n = 0;
                long o = 0;
                for (int b = 0; b < FATIGUE_BUCKETS; b++) {
                    n += opensByBucket.sends(sc * FATIGUE_BUCKETS + b);
                    o += opensByBucket.opens(sc * FATIGUE_BUCKETS + b);
                }
                double rate = (o + 1.0) / (n + 2.0);
                priorOpens[sc] = strength * rate;
                priorMisses[sc] = strength * (1 - rate);
                for (int b = 0; b < FATIGUE_BUCKETS; b++) {
                    int k = sc * FATIGUE_BUCKETS + b;
                    long nb = opensByBucket.sends(k);
                    double rb = (opensByBucket.opens(k) + FATIGUE_PRIOR_SENDS * rate) / (nb + FATIGUE_PRIOR_SENDS);
                    fatigueFactor[k] = rb / rate;
                    unsubscribeRate[k] = (unsubscribes[k] + 0.5) / (nb + 1.0); // Jeffreys' posterior mean
                }
                double sd0 = priorSd[seg];
                double[] mean = new double[2];
                double[] var = new double[2];
                for (int opened = 0; opened < 2; opened++) {
                    int k = sc * 2 + opened;
                    long m = contacts[k];
                    // One pseudo-contact of profit 0 with variance sd0^2 keeps untried cells vague.
                    mean[opened] = profit[k] / (m + 1);
                    double sampleVar = m > 1 ? Math.max(0, (profitSq[k] - profit[k] * profit[k] / m) / (m - 1)) : 0;
                    double unitVar = (m * sampleVar + sd0 * sd0) / (m + 1);
                    var[opened] = unitVar / (m + 1);
                }
                valueMean[sc] = mean[1] - mean[0];
                valueSd[sc] = Math.sqrt(var[0] + var[1]);
            }
        }
    }
}
