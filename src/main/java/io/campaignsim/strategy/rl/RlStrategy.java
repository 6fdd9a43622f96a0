package io.campaignsim.strategy.rl;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.random.Draws;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.Strategy;
import java.util.List;

/**
 * A reinforcement-learning strategy over the customer MDP of docs/rl.md: the state is the
 * customer's observed record ({@link RlFeatures}), the actions are the arms (channel x offer) plus
 * "no contact", the reward is the observed profit of each day (margin of purchases minus
 * incentives minus contact costs), discounted by gamma per day, and the action values are
 * linear in the state features, learned by a {@link Learner} (online Q-learning or batch
 * fitted-Q iteration).
 *
 * <p>Decisions arrive irregularly (a journey may offer an opportunity daily or weekly; guard
 * rails hold customers back), so the process is semi-Markov: a transition runs from one decision
 * of a customer to her next, its reward is the discounted profit of the days in between and its
 * discount gamma^(days between). The decision day's profit comes from {@link Feedback}; the
 * margin of later purchases from the growth of the customer's observed spend (purchases between
 * decisions carry no incentive, as no contact was made). A customer with no decision for
 * {@link #TIMEOUT_DAYS} (no opportunity, capped, unsubscribed, or gone: the CRM cannot tell) has
 * her transition closed at her observed state then, and a "no contact" step begins, so that
 * customers who stop buying are learned from rather than silently dropped.
 *
 * <p>Per-customer memory is {@link CustomerMemory} (dimension + 25 bytes); transitions are
 * collected per shard during the day and learned in shard order between days, so results do not
 * depend on the thread count.
 */
public final class RlStrategy implements Strategy {

    /** Days without a decision after which a customer's pending transition is closed. */
    public static final int TIMEOUT_DAYS = 14;

    private final List<Arm> arms;
    private final int[] armChannel;
    private final boolean[] armOffers;
    private final int none;
    private final ObservedHistory history;
    private final RlFeatures features;
    private final CustomerMemory memory;
    private final Learner learner;
    private final RlSettings settings;
    private final double marginRate;
    private final double[] discount;
    private final double[] epsilon;
    private final Transitions[] completed;
    private final byte[][] scratch;
    private final double[][] decoded;
    private final int[][] nonZero;
    private final double[][] actionValues;
    private final Transitions timedOut;

    RlStrategy(List<Arm> arms, Scenario scenario, ObservedHistory history, RlSettings settings, boolean fittedQ) {
        this.arms = List.copyOf(arms);
        this.none = arms.size();
        if (none + 1 > 63) {
            throw new IllegalArgumentException("at most 62 arms for an RL strategy, but was " + none);
        }
        this.armChannel = arms.stream().mapToInt(Arm::channel).toArray();
        this.armOffers = new boolean[none];
        for (int a = 0; a < none; a++) {
            int offer = arms.get(a).offer();
            armOffers[a] = offer >= 0 && (scenario.offers().get(offer).discount() > 0
                    || scenario.offers().get(offer).fixedCost() > 0);
        }
        this.history = history;
        this.features = new RlFeatures(scenario);
        int d = features.dimension();
        this.memory = new CustomerMemory(history.size(), d);
        this.settings = settings;
        this.marginRate = settings.marginRate();
        this.learner = fittedQ ? new FittedQLearner(none + 1, d, settings)
                : new OnlineQLearner(none + 1, d, settings.learningRate(), settings.pessimism() > 0);
        int days = scenario.horizonDays() + TIMEOUT_DAYS + 2;
        this.discount = new double[days];
        this.epsilon = new double[days];
        for (int k = 0; k < days; k++) {
            discount[k] = Math.pow(settings.gamma(), k);
            epsilon[k] = settings.epsilonOn(k);
        }
        int shards = (history.size() + SimulationEngine.SHARD_SIZE - 1) / SimulationEngine.SHARD_SIZE;
        this.completed = new Transitions[shards];
        this.scratch = new byte[shards][d];
        this.decoded = new double[shards][d];
        this.nonZero = new int[shards][d];
        this.actionValues = new double[shards][none + 1];
        for (int s = 0; s < shards; s++) {
            completed[s] = new Transitions(d, 1024);
        }
        this.timedOut = new Transitions(d, 1024);
    }

    /** {@code q_learning}: online Q-learning. */
    public static RlStrategy qLearning(List<Arm> arms, Scenario scenario, ObservedHistory history, RlSettings settings) {
        return new RlStrategy(arms, scenario, history, settings, false);
    }

    /** {@code fitted_q}: batch fitted-Q iteration. */
    public static RlStrategy fittedQ(List<Arm> arms, Scenario scenario, ObservedHistory history, RlSettings settings) {
        return new RlStrategy(arms, scenario, history, settings, true);
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public int choose(Decision d) {
        int i = d.customer();
        int day = d.day();
        byte[] state = scratch[i / SimulationEngine.SHARD_SIZE];
        features.fill(history, memory, i, day, state, 0);
        long allowed = allowed(i, d.channel());
        int pending = memory.pendingDay[i];
        if (pending != CustomerMemory.NONE && pending < day) {
            close(i, day, state, allowed, completed[i / SimulationEngine.SHARD_SIZE]);
        }
        int a = act(state, allowed, day, d.draws(), i / SimulationEngine.SHARD_SIZE);
        begin(i, day, state, a);
        return a == none ? NO_CONTACT : a;
    }

    @Override
    public void learn(Feedback f) {
        for (int k = 0; k < f.size(); k++) {
            int i = f.customer(k);
            int day = memory.pendingDay[i];
            memory.pendingProfit[i] = (float) f.profit(k);
            memory.spendAfter[i] = (float) spend(i);
            int a = f.arm(k);
            if (a >= 0 && !f.delivered(k)) {
                memory.pendingAction[i] = (byte) none; // held back by a guard rail: nothing was sent
            }
            if (f.delivered(k)) {
                memory.contactsEw[i] = (float) (RlFeatures.decayed(memory.contactsEw[i], memory.lastContactDay[i], day) + 1);
                memory.lastContactDay[i] = (short) day;
                if (a >= 0 && armOffers[a]) {
                    memory.offersEw[i] = (float) (RlFeatures.decayed(memory.offersEw[i], memory.lastOfferDay[i], day) + 1);
                    memory.lastOfferDay[i] = (short) day;
                }
            }
            if (f.opened(k)) {
                memory.lastOpenDay[i] = (short) day;
            }
        }
    }

    @Override
    public void endOfDay(int day) {
        for (Transitions t : completed) {
            learner.observe(t);
            t.clear();
        }
        closeTimedOut(day + 1);
        learner.endOfDay(day);
    }

    /** Transitions learned from so far. */
    public long transitions() {
        return learner.transitions();
    }

    /** The current action values (for inspection and tests; do not modify). */
    public LinearQ values() {
        return learner.q();
    }

    /** The state feature names, in order. */
    public List<String> featureNames() {
        return features.names();
    }

    /** Bytes of per-customer memory. */
    public int bytesPerCustomer() {
        return CustomerMemory.bytesPerCustomer(features.dimension());
    }

    private void closeTimedOut(int day) {
        byte[] state = scratch[0];
        short[] pending = memory.pendingDay;
        for (int i = 0; i < pending.length; i++) {
            if (pending[i] != CustomerMemory.NONE && day - pending[i] >= TIMEOUT_DAYS) {
                features.fill(history, memory, i, day, state, 0);
                close(i, day, state, allowed(i, -1), timedOut);
                begin(i, day, state, none);
                memory.spendAfter[i] = (float) spend(i);
            }
        }
        learner.observe(timedOut);
        timedOut.clear();
    }

    /** Ends customer i's pending transition at {@code day} in {@code state}. */
    private void close(int i, int day, byte[] state, long allowed, Transitions out) {
        int from = memory.pendingDay[i];
        double reward = memory.pendingProfit[i];
        double later = (float) spend(i) - memory.spendAfter[i]; // both rounded alike: 0 when nothing was bought
        if (later > 0) {
            // Purchases after the decision day: no incentive; discounted from the last one (at
            // most one purchase a day, and usually one between decisions).
            int lastPurchase = day - history.daysSincePurchase(i, day);
            reward += discount[Math.max(1, lastPurchase - from)] * marginRate * later;
        }
        out.add(memory.state, i * memory.dimension, memory.pendingAction[i], reward, discount[day - from], state, 0,
                allowed);
    }

    private void begin(int i, int day, byte[] state, int action) {
        System.arraycopy(state, 0, memory.state, i * memory.dimension, memory.dimension);
        memory.pendingDay[i] = (short) day;
        memory.pendingAction[i] = (byte) action;
        memory.pendingProfit[i] = 0;
    }

    /**
     * Epsilon-greedy: explore (a uniformly random allowed action) with the day's probability;
     * otherwise "no contact" during the warm-up and the greedy action after it. Exact ties (all
     * values are 0 before any learning) go to "no contact", the action that cannot hurt a customer.
     * With a fitted model's standard errors (fitted_q), greedy means the highest lower confidence
     * bound: a contact is chosen only if its advantage over no contact (the baseline) minus
     * pessimism standard errors of that advantage is still positive. Batch data show the rarely
     * taken actions poorly, and the plain argmax would pick whichever of them the noise flattered
     * (pessimism in offline RL, Jin, Yang and Wang 2021).
     */
    private int act(byte[] state, long allowed, int day, Draws draws, int customerShard) {
        double eps = epsilon[Math.min(day, epsilon.length - 1)];
        if (eps > 0 && (eps >= 1 || draws.nextDouble() < eps)) {
            return randomAction(allowed, draws);
        }
        if (day < settings.warmupDays()) {
            return none;
        }
        LinearQ q = learner.q();
        int shard = customerShard;
        double[] x = decoded[shard];
        int[] nz = nonZero[shard];
        double[] values = actionValues[shard];
        int nnz = q.decode(state, 0, x, nz);
        double kappa = q.hasCovariance() ? settings.pessimism() : 0.0;
        int best = none;
        double bestValue = q.value(x, nz, nnz, none);
        if (kappa > 0 && q.baseline() != none) {
            bestValue -= kappa * q.stdError(x, nz, nnz, none);
        }
        long open = allowed & ~(1L << none);
        // With the baseline, every arm's value is the no-contact value plus its own advantage:
        // the shared product is taken once.
        double shared = q.baseline() == none ? q.value(x, nz, nnz, none) : 0.0;
        for (long m = open; m != 0; m &= m - 1) {
            int a = Long.numberOfTrailingZeros(m);
            values[a] = q.baseline() == none ? shared + q.own(x, nz, nnz, a) : q.value(x, nz, nnz, a);
        }
        // Highest value first; a lower bound never exceeds its value, so once the next value is
        // not above the best bound so far no other action can win (most standard errors are skipped).
        while (open != 0) {
            int top = -1;
            for (long m = open; m != 0; m &= m - 1) {
                int a = Long.numberOfTrailingZeros(m);
                if (top < 0 || values[a] > values[top]) {
                    top = a;
                }
            }
            open &= ~(1L << top);
            if (values[top] <= bestValue) {
                break;
            }
            double v = kappa > 0 ? values[top] - kappa * q.stdError(x, nz, nnz, top) : values[top];
            if (v > bestValue) {
                bestValue = v;
                best = top;
            }
        }
        return best;
    }

    private static int randomAction(long allowed, Draws draws) {
        int pick = draws.nextInt(Long.bitCount(allowed));
        long m = allowed;
        for (int k = 0; k < pick; k++) {
            m &= m - 1;
        }
        return Long.numberOfTrailingZeros(m);
    }

    /** Actions allowed for customer i: arms on subscribed channels, and always "no contact". */
    private long allowed(int i, int opportunityChannel) {
        long mask = 1L << none;
        int subscribed = history.subscribedMask(i);
        for (int a = 0; a < none; a++) {
            int c = armChannel[a];
            boolean ok = c == Arm.KEEP ? opportunityChannel >= 0 || subscribed != 0 : (subscribed & (1 << c)) != 0;
            if (ok) {
                mask |= 1L << a;
            }
        }
        return mask;
    }

    private double spend(int i) {
        return history.frequency(i) * history.monetary(i);
    }
}
