package io.campaignsim.strategy;

import io.campaignsim.engine.ActionBuffer;
import io.campaignsim.engine.ContactPolicy;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.random.KeyedUniforms;
import io.campaignsim.random.RandomStreams;
import io.campaignsim.scenario.Scenario;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a {@link Strategy} inside the simulator: the scenario's journey policy (or a weekly
 * cadence) creates each customer's contact opportunity of the day, the strategy decides what
 * to send or whether to send at all, and the engine's outcome callbacks fill the day's
 * {@link Feedback}, one buffer per shard, which the strategy learns from after the day in shard
 * order. Journey bookkeeping (opt-outs, exits) still goes to the journey policy.
 */
public final class StrategyPolicy implements ContactPolicy {

    /** Proposal ids: the journey policy's id shifted left, the arm (plus one) in the low bits. */
    private static final int ARM_BITS = 8;

    private final ContactPolicy opportunities;
    private final Strategy strategy;
    private final List<Arm> arms;
    private final ObservedHistory history;
    private final double[] channelCost;
    private final KeyedUniforms keys;
    private final Decision[] decisions;
    private final ActionBuffer[] scratch;
    private final Feedback[] feedback;
    private final int[] pendingEntry;
    private final int[] pendingDay;
    private final double[][] pullsByDay;
    private final int featureDimension;
    /** Null without a reward window; else per customer, sum over days u of delta^u * profit(u) so far. */
    private final RewardWindow window;
    private final double[] discountedProfit;
    private final double[] discountPower;
    private final java.util.ArrayDeque<Feedback[]> pending = new java.util.ArrayDeque<>();

    public StrategyPolicy(Scenario scenario, ObservedHistory history, Strategy strategy, long replication, int strategyIndex) {
        if (strategy.arms().size() >= (1 << ARM_BITS) - 1) {
            throw new IllegalArgumentException("at most 254 arms, but was " + strategy.arms().size());
        }
        this.opportunities = io.campaignsim.policy.WeeklyCadence.opportunities(scenario, history);
        this.strategy = strategy;
        this.arms = strategy.arms();
        this.history = history;
        this.channelCost = scenario.channels().stream().mapToDouble(c -> c.cost()).toArray();
        this.keys = new KeyedUniforms(scenario.seed(), RandomStreams.Purpose.STRATEGY, replication, strategyIndex);
        int shards = (history.size() + SimulationEngine.SHARD_SIZE - 1) / SimulationEngine.SHARD_SIZE;
        FeatureBuilder fb = new FeatureBuilder(scenario);
        this.decisions = new Decision[shards];
        this.scratch = new ActionBuffer[shards];
        this.feedback = new Feedback[shards];
        for (int s = 0; s < shards; s++) {
            decisions[s] = new Decision(history, fb);
            scratch[s] = new ActionBuffer();
            feedback[s] = new Feedback(strategy.needsFeatures() ? fb.dimension() : 0);
        }
        this.pendingEntry = new int[history.size()];
        this.pendingDay = new int[history.size()];
        Arrays.fill(pendingDay, -1);
        this.pullsByDay = new double[scenario.horizonDays()][arms.size()];
        this.featureDimension = strategy.needsFeatures() ? fb.dimension() : 0;
        this.window = strategy.rewardWindow();
        this.discountedProfit = window == null ? null : new double[history.size()];
        this.discountPower = window == null ? null : new double[scenario.horizonDays() + 1];
        if (window != null) {
            for (int d = 0; d < discountPower.length; d++) {
                discountPower[d] = Math.pow(window.dailyDiscount(), d);
            }
        }
    }

    @Override
    public void propose(int customer, int day, ActionBuffer out) {
        int shard = customer / SimulationEngine.SHARD_SIZE;
        ActionBuffer proposals = scratch[shard];
        proposals.clearFor(out);
        opportunities.propose(customer, day, proposals);
        if (proposals.size() == 0 || !out.deliverable()) {
            // Eligibility before arbitration, as decisioning systems do: no decision (and no
            // learning from one) for a customer the guard rails hold back today anyway.
            return;
        }
        // One decision per customer-day: the first proposal is the opportunity.
        Decision d = decisions[shard];
        d.reset(customer, day, proposals.channel(0), proposals.offer(0), proposals.hour(0), proposals.category(0), keys.key(customer, day));
        int a = strategy.choose(d);
        Feedback fb = feedback[shard];
        double[] x = strategy.needsFeatures() ? d.features() : null;
        pendingDay[customer] = day;
        if (a == Strategy.NO_CONTACT) {
            pendingEntry[customer] = fb.add(customer, Strategy.NO_CONTACT, -1, x);
            markWindow(fb, customer);
            return;
        }
        Arm arm = arms.get(a);
        if (arm.isNoContact()) {
            int k = fb.add(customer, a, -1, x);
            fb.markAbstained(k);
            pendingEntry[customer] = k;
            markWindow(fb, customer);
            return;
        }
        int firstChannel = arm.channel() == Arm.KEEP ? proposals.channel(0) : arm.channel();
        pendingEntry[customer] = fb.add(customer, a, firstChannel, x);
        markWindow(fb, customer);
        // The decision applies to every proposal of the day (a journey and a rule may both fire).
        for (int k = 0; k < proposals.size(); k++) {
            int channel = arm.channel() == Arm.KEEP ? proposals.channel(k) : arm.channel();
            int offer = arm.offer() == Arm.KEEP ? proposals.offer(k) : arm.offer();
            int hour = arm.hour() == Arm.KEEP ? proposals.hour(k) : arm.hour();
            int category = arm.category() == Arm.KEEP ? proposals.category(k)
                    : arm.category() == Arm.LAST_PURCHASED ? history.lastCategory(customer) : arm.category();
            out.add(channel, offer, category, hour, (proposals.source(k) << ARM_BITS) | (a + 1));
        }
    }

    /**
     * The opportunities' next day: without an opportunity {@link #propose} returns before the strategy is asked and
     * changes nothing, so the strategy's cross-customer learning never makes an earlier day matter (it decides only
     * what to do with an opportunity, never whether one exists).
     */
    @Override
    public int nextProposalDay(int customer, int day) {
        return opportunities.nextProposalDay(customer, day);
    }

    /** With a reward window, remembers the customer's discounted profit before today's outcomes. */
    private void markWindow(Feedback fb, int customer) {
        if (window != null) {
            fb.mark(fb.size() - 1, discountedProfit[customer]);
        }
    }

    @Override
    public void onDelivered(int customer, int day, int source, int channel, int hour, boolean opened) {
        onDelivered(customer, day, source, channel, opened);
        // The opportunities' own learners (send_time or channel_choice: learned) see what was sent.
        opportunities.onDelivered(customer, day, source >>> ARM_BITS, channel, hour, opened);
    }

    @Override
    public void onDelivered(int customer, int day, int source, int channel, boolean opened) {
        if (window != null) {
            discountedProfit[customer] -= channelCost[channel] * discountPower[day];
        }
        int a = (source & ((1 << ARM_BITS) - 1)) - 1;
        if (a >= 0 && pendingDay[customer] == day) {
            Feedback fb = feedback[customer / SimulationEngine.SHARD_SIZE];
            int k = pendingEntry[customer];
            fb.delivered(k, opened, channelCost[channel]);
        }
    }

    @Override
    public List<String> touchpoints() {
        return opportunities.touchpoints();
    }

    @Override
    public int touchpoint(int source) {
        return opportunities.touchpoint(source >>> ARM_BITS);
    }

    @Override
    public io.campaignsim.engine.JourneyCounts journeyCounts() {
        return opportunities.journeyCounts();
    }

    @Override
    public boolean onSeen(int customer, int day, int source, double uniform) {
        return opportunities.onSeen(customer, day, source >>> ARM_BITS, uniform);
    }

    @Override
    public void onPurchase(int customer, int day, double profit) {
        if (window != null) {
            discountedProfit[customer] += profit * discountPower[day];
        }
        if (pendingDay[customer] == day) {
            feedback[customer / SimulationEngine.SHARD_SIZE].purchased(pendingEntry[customer], profit);
        }
        opportunities.onPurchase(customer, day, profit);
    }

    @Override
    public void onUnsubscribe(int customer, int day) {
        opportunities.onUnsubscribe(customer, day);
    }

    /**
     * Lets the strategy prepare its learning from this shard's feedback on the shard's thread
     * ({@link Strategy#prepare}), so that the serial {@link #endOfDay} only adds up what the shards
     * prepared. Only when {@code [from, to)} is exactly one feedback buffer's customers (so all of
     * its rows are final) and rewards are same-day; anything not prepared is learned in full in
     * {@link #endOfDay}, with the same result.
     */
    @Override
    public void endOfShardDay(int from, int to, int day) {
        opportunities.endOfShardDay(from, to, day);
        int shard = from / SimulationEngine.SHARD_SIZE;
        if (window != null || from % SimulationEngine.SHARD_SIZE != 0
                || to != Math.min(history.size(), from + SimulationEngine.SHARD_SIZE)) {
            return;
        }
        Feedback fb = feedback[shard];
        strategy.prepare(fb);
        fb.markPrepared();
    }

    @Override
    public void endOfDay(int day) {
        for (Feedback fb : feedback) {
            fb.day(day);
            for (int k = 0; k < fb.size(); k++) {
                if (fb.learnable(k)) {
                    pullsByDay[day][fb.arm(k)]++;
                }
            }
            if (window == null) {
                strategy.learn(fb);
                fb.clear();
            }
        }
        if (window != null) {
            delay(day);
        }
        strategy.endOfDay(day);
        opportunities.endOfDay(day);
    }

    /**
     * Queues today's feedback and hands the strategy the day whose window closed today, each
     * row's profit replaced by its CLV reward (see {@link RewardWindow}). Decisions whose window
     * would end after the horizon are never learned from: nothing is decided after it.
     */
    private void delay(int day) {
        Feedback[] today = feedback.clone();
        for (int s = 0; s < feedback.length; s++) {
            feedback[s] = new Feedback(featureDimension);
        }
        pending.addLast(today);
        Feedback[] head = pending.peekFirst();
        if (head[0].day() != day - window.days() + 1) {
            return;
        }
        pending.removeFirst();
        double scale = 1.0 / discountPower[head[0].day()];
        for (Feedback fb : head) {
            for (int k = 0; k < fb.size(); k++) {
                fb.setProfit(k, (discountedProfit[fb.customer(k)] - fb.mark(k)) * scale);
            }
            strategy.learn(fb);
        }
    }

    /** Contacts delivered (and, for a no_contact arm, decisions taken) per day and arm so far (a copy). */
    public double[][] pullsByDay() {
        return Arrays.stream(pullsByDay).map(double[]::clone).toArray(double[][]::new);
    }

    public ObservedHistory history() {
        return history;
    }

    public Strategy strategy() {
        return strategy;
    }
}
