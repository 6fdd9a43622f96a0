package io.campaignsim.engine;

import io.campaignsim.core.Metric;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.stats.ExactSums;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything a run counts, over the customers it simulated, before rounding: KPIs per day (policy
 * world, contacts per channel, no-contact twin), per segment and per segment x channel, the send-time
 * tallies, the head counts at the end, the residual value, the micro review's allocations and the
 * touchpoints' entries and exits.
 *
 * <p>Every floating-point total is an exact sum ({@link ExactSums}) of the engine shards' own sums,
 * and the counts are integers, so two tallies of disjoint customer ranges {@link #merge} into exactly
 * the tally of their union, in any order: a population simulated range by range on a cluster gives
 * the same bits as the whole population on one machine. Each engine shard sums its own customers in
 * index order; range boundaries are whole shards, so the shards are the same either way.
 */
public final class RunTally implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int M = Metric.COUNT;

    private final int days;
    private final int channels;
    private final int segments;
    private final List<String> touchpoints;
    private final boolean breakdown;
    private long customers;
    /** Per day: the policy world's metrics, contacts per channel, the twin's metrics. */
    private final ExactSums daily;
    /** Segment metrics, segment x channel metrics, twin segment metrics, send contacts, send opens, future values. */
    private final ExactSums totals;
    /** The micro review: profit per channel, per touchpoint (+ unattributed), contacts per touchpoint (+), total. */
    private final ExactSums attribution;
    private final long[] alive;
    private final long[] twinAlive;
    private final long[][] journeys;

    RunTally(int days, int channels, int segments, List<String> touchpoints, boolean breakdown) {
        this.days = days;
        this.channels = channels;
        this.segments = segments;
        this.touchpoints = List.copyOf(touchpoints);
        this.breakdown = breakdown;
        this.daily = new ExactSums(days * dayStride());
        this.totals = new ExactSums(futureOffset() + 2);
        this.attribution = new ExactSums(breakdown ? channels + 2 * (touchpoints.size() + 1) + 1 : 0);
        this.alive = new long[segments];
        this.twinAlive = new long[segments];
        this.journeys = new long[5][touchpoints.size()];
    }

    private int dayStride() {
        return 2 * M + channels;
    }

    // Offsets into totals.
    private int segChOffset() {
        return segments * M;
    }

    private int twinSegOffset() {
        return segChOffset() + segments * channels * M;
    }

    private int sendOffset() {
        return twinSegOffset() + segments * M;
    }

    private int futureOffset() {
        return sendOffset() + 2 * SendTimeTally.SLOTS;
    }

    /** Customers counted. */
    public long customers() {
        return customers;
    }

    /** The day's totals of one engine shard. */
    void addDay(int day, ShardTally st) {
        int base = day * dayStride();
        daily.add(base, st.day);
        daily.add(base + M, st.dayContacts);
        daily.add(base + M + channels, st.twinDay);
    }

    /** One engine shard's totals over the run (after the last day). */
    void addShard(ShardTally st, int shardCustomers) {
        customers += shardCustomers;
        totals.add(0, st.segment);
        totals.add(segChOffset(), st.segmentChannel);
        totals.add(twinSegOffset(), st.twinSegment);
        totals.add(sendOffset(), st.sendContacts);
        totals.add(sendOffset() + SendTimeTally.SLOTS, st.sendOpens);
    }

    /** One engine shard's residual value in the policy world and in the twin. */
    void addFuture(double policy, double twin) {
        int f = futureOffset();
        totals.add(f, policy);
        totals.add(f + 1, twin);
    }

    /** Adds customers active at the end, per segment, in the policy world and in the twin (one shard's counts). */
    void addActive(long[] policy, long[] twin) {
        for (int s = 0; s < alive.length; s++) {
            alive[s] += policy[s];
            twinAlive[s] += twin[s];
        }
    }

    /** The micro review's sums, laid out as {@link Attribution#sums} gives them. */
    ExactSums attribution() {
        return attribution;
    }

    boolean hasBreakdown() {
        return breakdown;
    }

    /** The policy's touchpoint counts over the customers of this run (adds; counts of disjoint ranges sum). */
    void addJourneys(JourneyCounts counts) {
        if (counts.size() != touchpoints.size()) {
            return; // a policy that keeps no counts: zeros, as the micro review shows them
        }
        long[][] c = {counts.entries(), counts.optedOut(), counts.finished(), counts.bought(), counts.otherExits()};
        for (int k = 0; k < 5; k++) {
            for (int t = 0; t < c[k].length; t++) {
                journeys[k][t] += c[k][t];
            }
        }
    }

    /**
     * Adds {@code other}, the tally of a disjoint customer range of the same run, exactly: merging
     * ranges in any order or grouping gives the same tally.
     */
    public RunTally merge(RunTally other) {
        if (other.days != days || other.channels != channels || other.segments != segments
                || !other.touchpoints.equals(touchpoints) || other.breakdown != breakdown) {
            throw new IllegalArgumentException("cannot merge the tallies of different runs");
        }
        customers += other.customers;
        daily.add(other.daily);
        totals.add(other.totals);
        attribution.add(other.attribution);
        for (int s = 0; s < segments; s++) {
            alive[s] += other.alive[s];
            twinAlive[s] += other.twinAlive[s];
        }
        for (int k = 0; k < 5; k++) {
            for (int t = 0; t < touchpoints.size(); t++) {
                journeys[k][t] += other.journeys[k][t];
            }
        }
        return this;
    }

    /**
     * The run's results, each total rounded once.
     *
     * @param outcomes each customer's totals, or null (kept only by a whole-population run)
     */
    public SimulationEngine.Run toRun(Scenario scenario, int replication, long elapsedMillis, CustomerOutcomes outcomes) {
        if (customers > Integer.MAX_VALUE) {
            throw new IllegalStateException("more customers than a result can count: " + customers);
        }
        int n = (int) customers;
        List<Kpis> dailyKpis = new ArrayList<>(days);
        List<Kpis> twinDaily = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            int base = d * dayStride();
            dailyKpis.add(new Kpis(daily.get(base, M), daily.get(base + M, channels)));
            twinDaily.add(new Kpis(daily.get(base + M + channels, M), new double[channels]));
        }
        double[] seg = totals.get(0, segments * M);
        double[] segCh = totals.get(segChOffset(), segments * channels * M);
        double[] twinSeg = totals.get(twinSegOffset(), segments * M);
        List<Kpis> segmentTotals = new ArrayList<>();
        List<Kpis> twinSegments = new ArrayList<>();
        List<List<Kpis>> segmentChannel = new ArrayList<>();
        for (int s = 0; s < segments; s++) {
            double[] v = Arrays.copyOfRange(seg, s * M, (s + 1) * M);
            double[] tv = Arrays.copyOfRange(twinSeg, s * M, (s + 1) * M);
            double[] contacts = new double[channels];
            List<Kpis> row = new ArrayList<>();
            for (int c = 0; c < channels; c++) {
                double[] cv = Arrays.copyOfRange(segCh, (s * channels + c) * M, (s * channels + c + 1) * M);
                contacts[c] = cv[Metric.CONTACTS.ordinal()];
                double[] only = new double[channels];
                only[c] = contacts[c];
                row.add(new Kpis(cv, only));
            }
            // ACTIVE of a segment is its head count at the end, counted from the final state.
            v[Metric.ACTIVE.ordinal()] = alive[s];
            tv[Metric.ACTIVE.ordinal()] = twinAlive[s];
            segmentTotals.add(new Kpis(v, contacts));
            twinSegments.add(new Kpis(tv, new double[channels]));
            segmentChannel.add(row);
        }
        SendTimeTally sendTime = new SendTimeTally(totals.get(sendOffset(), SendTimeTally.SLOTS),
                totals.get(sendOffset() + SendTimeTally.SLOTS, SendTimeTally.SLOTS));
        SimulationResult result = new SimulationResult(scenario.name(), scenario.seed(), replication, n,
                scenario.horizonDays(), scenario.channelNames(), scenario.segmentNames(), sum(dailyKpis), dailyKpis,
                segmentTotals, segmentChannel, sum(twinDaily), twinDaily, twinSegments, elapsedMillis, sendTime);
        int f = futureOffset();
        return new SimulationEngine.Run(result, totals.get(f), totals.get(f + 1),
                breakdown ? breakdown(result, scenario.channelNames()) : null, outcomes);
    }

    private Breakdown breakdown(SimulationResult result, List<String> channelNames) {
        double[][] metrics = new double[Attribution.CHANNEL_METRICS.length][channels];
        for (List<Kpis> row : result.segmentChannel()) {
            for (int c = 0; c < channels; c++) {
                for (int k = 0; k < metrics.length; k++) {
                    metrics[k][c] += row.get(c).get(Attribution.CHANNEL_METRICS[k]);
                }
            }
        }
        JourneyCounts counts = new JourneyCounts(touchpoints, journeys[0], journeys[1], journeys[2], journeys[3],
                journeys[4]);
        int t1 = touchpoints.size() + 1;
        double[] touchProfit = attribution.get(channels, t1);
        double[] touchContacts = attribution.get(channels + t1, t1);
        int named = t1 - 1;
        return new Breakdown(channelNames, metrics[0], metrics[1], metrics[2], metrics[3], attribution.get(0, channels),
                counts, Arrays.copyOf(touchContacts, named), Arrays.copyOf(touchProfit, named), touchContacts[named],
                touchProfit[named], attribution.get(channels + 2 * t1));
    }

    /** Sums daily KPIs; ACTIVE is taken from the last day (a gauge). */
    private static Kpis sum(List<Kpis> days, int channels) {
        double[] v = new double[M];
        double[] c = new double[channels];
        for (Kpis k : days) {
            double[] kv = k.values();
            for (int i = 0; i < M; i++) {
                v[i] += kv[i];
            }
            for (int i = 0; i < channels; i++) {
                c[i] += k.contacts(i);
            }
        }
        v[Metric.ACTIVE.ordinal()] = days.isEmpty() ? 0 : days.get(days.size() - 1).get(Metric.ACTIVE);
        return new Kpis(v, c);
    }

    private Kpis sum(List<Kpis> days) {
        return sum(days, channels);
    }
}
