package io.campaignsim.engine;

import io.campaignsim.population.GroundTruth;
import io.campaignsim.random.KeyedUniforms;
import io.campaignsim.world.WorldModel;
import java.util.Arrays;

/**
 * The next-event engine ({@link Stepping#NEXT_EVENT}) for one range of customers: a customer is
 * touched only on a day with a world event candidate or a day its policy must be asked
 * ({@link EventCalendar}); every other customer-day is skipped. docs/model.md ("Stepping") gives
 * the construction; in short:
 *
 * <ul>
 *   <li>Each day has a purchase candidate with probability {@code bp} and, independently, a churn
 *       candidate with probability {@code bh}: upper bounds of the day's hazards over both worlds
 *       still alive ({@code bp}: organic purchase at the smaller recency; {@code bh}: base churn
 *       hazard at each world's recency, the policy world's times the fatigue factor of its stored,
 *       undecayed fatigue). Both depend only on recency, which grows by one a day, and on state
 *       that changes only on touched days, so the first candidate day is drawn by inverse CDF of
 *       {@code 1 - (1 - bp)(1 - bh)} when the state changes.</li>
 *   <li>On a candidate day each world accepts a candidate with probability (its hazard) / (bound),
 *       with one acceptance draw shared by both worlds, so the twin and the policy world buy
 *       together with probability {@code min(p_policy, p_twin)}, as the daily engine's common
 *       uniform gives (thinning: habituation and decayed fatigue only lower the hazards).</li>
 *   <li>A contact can lift the day's purchase probability (effect) or churn hazard (new fatigue)
 *       above the bound; the excess is an extra chance {@code (p - b) / (1 - b)} on days without
 *       a candidate, so the day's probability is exactly {@code min(1, p)}.</li>
 * </ul>
 *
 * So every customer-day has exactly the daily engine's joint distribution of both worlds'
 * purchases and churn; only the draws differ, so outputs agree in distribution
 * ({@code SteppingEquivalenceTest}).
 */
final class NextEventShard extends ShardSimulator {

    // Draws the daily engine does not make (its contact slots end below CONTACT + 4 * 15 = 68).
    static final int FIRST_WAIT = 80;
    static final int WAIT = 81;
    static final int KIND = 82;
    static final int CHURN_CANDIDATE = 83;
    static final int ACCEPT_PURCHASE = 84;
    static final int ACCEPT_CHURN = 85;
    static final int EXTRA_PURCHASE = 86;
    static final int EXTRA_CHURN = 87;
    /** Customers per block of the wake index: a block with nobody due is passed with one comparison. */
    static final int BLOCK = 64;
    /** Days an inverse-CDF walk covers at least before it may stop at a checkpoint. */
    static final int MIN_WALK = 32;

    private final EventCalendar calendar;
    private final int horizon;
    /** Per block of {@link #BLOCK} customers of this shard: the earliest wake day in it. */
    private final short[] blockWake;
    /** This day's due customers of the block being run, in index order. */
    private final int[] due = new int[BLOCK];
    /** Customer-days touched and days the policy was asked, over the run (for summary.json's note). */
    long touched;
    long asked;

    NextEventShard(int from, int to, ObservedHistory history, HiddenState hidden, GroundTruth truth, WorldModel world,
            ContactGuard guard, ContactPolicy policy, KeyedUniforms uniforms, EventLog events, Attribution attribution,
            CustomerOutcomes outcomes, EventCalendar calendar, int horizon) {
        super(from, to, history, hidden, truth, world, guard, policy, uniforms, events, attribution, outcomes,
                QuietSkipping.NEVER); // its own calendar, not the daily wake days
        this.calendar = calendar;
        this.horizon = horizon;
        this.blockWake = new short[(to - from + BLOCK - 1) / BLOCK];
        Arrays.fill(blockWake, EventCalendar.UNSCHEDULED);
    }

    /** Number of blocks of the wake index (for the memory guard's test). */
    int blocks() {
        return blockWake.length;
    }

    @Override
    void simulateDay(int day) {
        tally.startDay();
        short[] next = calendar.nextEvent;
        short[] ask = calendar.nextProposal;
        for (int b = 0; b < blockWake.length; b++) {
            if (blockWake[b] > day) {
                continue;
            }
            int start = from + b * BLOCK;
            int end = Math.min(to, start + BLOCK);
            int earliest = EventCalendar.NEVER;
            int count = 0;
            for (int i = start; i < end; i++) {
                int wake = Math.min(next[i], ask[i]);
                if (wake <= day) {
                    due[count++] = i;
                } else {
                    earliest = Math.min(earliest, wake);
                }
            }
            if (WARM) {
                warmer.customers(due, count); // their misses together, before the work on each
            }
            for (int k = 0; k < count; k++) {
                int i = due[k];
                touched++;
                customerDay(i, day);
                earliest = Math.min(earliest, Math.min(next[i], ask[i]));
            }
            blockWake[b] = (short) earliest;
        }
        tally.endDay();
        policy.endOfShardDay(from, to, day); // learners prepare this shard's outcomes on its own thread
    }

    private void customerDay(int i, int day) {
        long key = uniforms.key(i, day);
        short[] next = calendar.nextEvent;
        if (next[i] == EventCalendar.UNSCHEDULED || (next[i] == day && (hidden.flags[i] & HiddenState.CHECKPOINT) != 0)) {
            // The first day, or the walk stopped here without a candidate: resume it from today.
            schedule(i, day, KeyedUniforms.uniform(key, FIRST_WAIT));
        }
        boolean candidate = next[i] == day && (hidden.flags[i] & HiddenState.CHECKPOINT) == 0;
        int seg = population.segment(i);
        boolean alive = !hidden.churned(i);
        boolean twinAlive = !hidden.twinChurned(i);
        boolean due = alive && calendar.nextProposal[i] <= day;
        int nextAsk = calendar.nextProposal[i];
        if (due) {
            asked++;
            actions.clear(guard.anyAllowed(history, i, day));
            policy.propose(i, day, actions);
        }
        if (!candidate && (!due || actions.size() == 0)) {
            // Nothing can happen today: no candidate and no contact (the hazards are below the bounds).
            if (due) {
                calendar.nextProposal[i] = EventCalendar.day(policy.nextProposalDay(i, day));
            }
            return;
        }
        // The day's bounds, from the state at its start (before today's sends change fatigue).
        int r = day - history.lastPurchaseDay[i];
        int twinR = day - hidden.twinLastPurchaseDay[i];
        int level = alive ? hidden.storedFatigueLevel(i) : 0;
        double factor = HiddenState.fatigueBound(level);
        // On a day without a candidate (a contact day) the bounds matter only if the day's probabilities can
        // exceed them: computed below only then (same values, the state they read is the day's start).
        double bp = candidate ? boundPurchase(i, alive, twinAlive, r, twinR) : Double.NaN;
        double bh = candidate ? boundChurn(i, alive, twinAlive, r, twinR, factor) : Double.NaN;
        boolean purchaseCandidate = false;
        boolean churnCandidate = false;
        double acceptPurchase = 1.0;
        double acceptChurn = 1.0;
        if (candidate) {
            // Given that the day has a candidate, which: P(purchase) = bp / q, churn independent of it.
            double q = 1 - (1 - bp) * (1 - bh);
            purchaseCandidate = KeyedUniforms.uniform(key, KIND) * q < bp;
            churnCandidate = !purchaseCandidate || KeyedUniforms.uniform(key, CHURN_CANDIDATE) < bh;
            acceptPurchase = KeyedUniforms.uniform(key, ACCEPT_PURCHASE);
            acceptChurn = KeyedUniforms.uniform(key, ACCEPT_CHURN);
            if (twinAlive) {
                int dsp = twinR;
                if (purchaseCandidate && acceptPurchase * bp < world.organicPurchase(truth, i, twinR)) {
                    twinPurchase(i, day, seg, key);
                    dsp = 0;
                }
                if (churnCandidate && acceptChurn * bh < world.churnHazard(truth, i, dsp, 0.0)) {
                    twinChurn(i, seg);
                }
            }
        }
        boolean changed = candidate;
        if (alive) {
            if (due) {
                deliver(i, day, seg, key);
            } else {
                noDelivery();
            }
            int delivered = dayDelivered;
            int dsp = r;
            // Without a candidate and without a positive effect, p is at most the organic probability, at most
            // the bound (at the smaller recency of the two worlds), so happens() would say no.
            boolean bought = false;
            if (candidate || dayEffect > 0) {
                if (!candidate) {
                    bp = boundPurchase(i, alive, twinAlive, r, twinR);
                }
                double p = world.organicPurchase(truth, i, r) * hidden.habituationFactor(i, day) + dayEffect;
                bought = happens(purchaseCandidate, acceptPurchase, bp, p, key, EXTRA_PURCHASE);
            }
            if (bought) {
                purchase(i, day, seg, key, dayRedeemOffer, daySeenChannel, daySeenCategory);
                dsp = 0;
            }
            hidden.addHabituation(i, day, dayHabituationDose); // after the day's response, as fatigue
            // Unless today's sends changed the fatigue level, the hazard is below the bound: without a
            // churn candidate there is no churn and no need for the decayed fatigue sum.
            boolean levelChanged = delivered > 0 && hidden.storedFatigueLevel(i) != level;
            if (levelChanged && !candidate) {
                bh = boundChurn(i, alive, twinAlive, r, twinR, factor);
            }
            if ((churnCandidate || levelChanged) && happens(churnCandidate, acceptChurn, bh,
                    world.churnHazard(truth, i, dsp, hidden.totalFatigue(history, i, day)), key, EXTRA_CHURN)) {
                churn(i, day, seg);
            }
            if (due || bought || delivered > 0) {
                nextAsk = policy.nextProposalDay(i, day); // from the policy's state after today's callbacks
            }
            // A purchase changes the recency the bounds follow, a new fatigue level the churn bound.
            changed |= bought || levelChanged;
            calendar.nextProposal[i] = hidden.churned(i) ? EventCalendar.NEVER : EventCalendar.day(nextAsk);
        }
        if ((hidden.flags[i] & HiddenState.BOTH_CHURNED) == HiddenState.BOTH_CHURNED) {
            next[i] = EventCalendar.NEVER;
            calendar.nextProposal[i] = EventCalendar.NEVER;
        } else if (changed) {
            // The candidate was used, or the bounds changed (recency, fatigue level, a world churned): redraw.
            schedule(i, day + 1, KeyedUniforms.uniform(key, WAIT));
        }
    }

    /**
     * Whether an event of probability {@code p} (clamped to [0, 1]) happens today, given the day's
     * candidate indicator of probability {@code bound} and its acceptance draw: accept the candidate
     * with probability p / bound when p is at most the bound; else take every candidate plus an
     * extra chance (p - bound) / (1 - bound) on a day without one. Either way P = min(1, max(0, p)),
     * and a world with a lower probability accepting with the same draw happens only with it.
     */
    private static boolean happens(boolean candidate, double accept, double bound, double p, long key, int extra) {
        if (p <= bound) {
            return candidate && accept * bound < p;
        }
        return candidate || KeyedUniforms.uniform(key, extra) * (1 - bound) < p - bound;
    }

    /**
     * Sets the customer's next calendar day from {@code from} by inverse CDF: the first day on which
     * the probability of no candidate so far falls to {@code u} or below. The walk stops early, at a
     * checkpoint ({@link HiddenState#CHECKPOINT}) where it resumes with a fresh draw (the days are
     * independent trials, so "no candidate before the checkpoint" leaves a fresh process behind it),
     * after {@link #MIN_WALK} days or at the next day the policy is asked, whichever is later: a
     * contact that day would change the bounds and make the rest of a long walk wasted work. NEVER
     * when no candidate falls before the horizon. The state it reads does not change until the
     * customer is touched again.
     */
    void schedule(int i, int from, double u) {
        boolean alive = !hidden.churned(i);
        boolean twinAlive = !hidden.twinChurned(i);
        int r = from - history.lastPurchaseDay[i];
        int twinR = from - hidden.twinLastPurchaseDay[i];
        double rate = truth.purchaseRate(i);
        double hazard = truth.churnHazard(i);
        double factor = alive ? HiddenState.fatigueBound(hidden.storedFatigueLevel(i)) : 0.0;
        int stop = Math.min(horizon, Math.max(from + MIN_WALK, alive ? calendar.nextProposal[i] : horizon));
        double survival = 1.0;
        int found = -1;
        if (alive && twinAlive && r == twinR) {
            // Both worlds at the same recency (until one buys alone): the policy world's bounds hold both.
            double[] recency = calendar.recency;
            double[] churnRecency = calendar.churnRecency;
            int lastRecency = recency.length - 1;
            for (int d = from; d < stop; d++, r++) {
                // the world's recencyFactor and churnRecencyFactor, read from tables (r >= 0 here)
                double c = r < churnRecency.length ? churnRecency[r] : WorldModel.CHURN_RECENCY_CAP;
                survival *= (1 - rate * recency[Math.min(r, lastRecency)]) * (1 - Math.min(1.0, hazard * c * factor));
                if (survival <= u) {
                    found = d;
                    break;
                }
            }
        } else {
            for (int d = from; d < stop; d++, r++, twinR++) {
                survival *= (1 - boundPurchase(i, alive, twinAlive, r, twinR))
                        * (1 - boundChurn(i, alive, twinAlive, r, twinR, factor));
                if (survival <= u) {
                    found = d;
                    break;
                }
            }
        }
        if (found >= 0) {
            calendar.nextEvent[i] = (short) found;
            hidden.flags[i] &= ~HiddenState.CHECKPOINT;
        } else if (stop < horizon) {
            calendar.nextEvent[i] = (short) stop;
            hidden.flags[i] |= HiddenState.CHECKPOINT;
        } else {
            calendar.nextEvent[i] = EventCalendar.NEVER;
            hidden.flags[i] &= ~HiddenState.CHECKPOINT;
        }
    }

    /** Organic purchase probability of the alive world with the smaller recency (it decreases with recency). */
    private double boundPurchase(int i, boolean alive, boolean twinAlive, int r, int twinR) {
        int recency = alive ? (twinAlive ? Math.min(r, twinR) : r) : twinR;
        return world.organicPurchase(truth, i, recency);
    }

    /** The larger churn hazard bound of the alive worlds, at most 1. */
    private double boundChurn(int i, boolean alive, boolean twinAlive, int r, int twinR, double factor) {
        double h = twinAlive ? world.baseChurnHazard(truth, i, twinR) : 0.0;
        if (alive) {
            h = Math.max(h, world.baseChurnHazard(truth, i, r) * factor);
        }
        return Math.min(h, 1.0);
    }
}
