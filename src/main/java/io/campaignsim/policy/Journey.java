package io.campaignsim.policy;

import io.campaignsim.engine.ActionBuffer;
import io.campaignsim.scenario.JourneySpec;
import io.campaignsim.scenario.StageSpec;
import io.campaignsim.scenario.expr.BoundCondition;
import java.util.Arrays;

/**
 * One journey as a state machine over all customers: the current stage of each customer and
 * the day it may move on, in primitive arrays. A customer enters when the entry condition holds
 * (or on day 0 when there is none), takes each stage's action on entering it, waits, moves to
 * the next stage, and leaves at the end, on an exit condition, on purchase or unsubscribe (if
 * configured) or by opting out.
 *
 * @implNote Each customer's slots are touched only by the shard that owns the customer; nothing else
 *     changes, and the day is an argument, so shards may run on different days at once.
 */
final class Journey {

    static final byte NOT_ENTERED = -1;
    static final byte LEFT = -2;
    /** Left by opting out (read by opted_out_<journey>); re-entry treats it as {@link #LEFT}. */
    static final byte OPTED_OUT = -3;
    /**
     * Not in the journey (never entered, or left without opting out) and the entry condition can never hold again,
     * whatever happens ({@link BoundCondition#neverAgain}): nothing to test on any later day. Otherwise as
     * {@link #NOT_ENTERED} or {@link #LEFT}, which it replaces. With {@code entry: "tenure_days < 60"} every
     * customer older than that is here from day 0 on: the entry test was 11 % of the engine's JFR samples on
     * the bench workload (docs/performance.md, session 6).
     */
    static final byte CLOSED = -4;
    /** Proposal sources of journey {@code j}'s stage {@code s}: {@code j * STAGE_SLOTS + s} (stages fit a byte). */
    static final int STAGE_SLOTS = 128;

    private final int index;
    private final BoundCondition entry;
    private final BoundCondition[] when;
    private final BoundCondition[] exit;
    private final ActionTemplate[] action;
    private final int[] waitDays;
    private final int[] next;
    private final boolean exitOnPurchase;
    private final boolean exitOnUnsubscribe;
    private final double optOutRate;
    private final boolean reentry;
    private final byte[] stage;
    /** The day the customer may move on: a short (horizons are at most 3,650 days, waits 365), 3 bytes a journey with the stage. */
    private final short[] until;
    // Per stage, customers who entered it and who left the journey from it, by reason (slot
    // KINDS * stage + kind). Per shard, since shards update them concurrently; sums of integers, so
    // the totals do not depend on the thread count.
    private static final int ENTRIES = 0;
    private static final int OPTED_OUT_COUNT = 1;
    private static final int FINISHED = 2;
    private static final int BOUGHT = 3;
    private static final int OTHER_EXITS = 4;
    private static final int KINDS = 5;
    private final ShardCounters counts;

    Journey(int index, JourneySpec spec, BoundCondition entry, BoundCondition[] when, BoundCondition[] exit,
            ActionTemplate[] action, int customers) {
        this.index = index;
        this.entry = entry;
        this.when = when;
        this.exit = exit;
        this.action = action;
        int s = spec.stages().size();
        this.waitDays = new int[s];
        this.next = new int[s];
        for (int k = 0; k < s; k++) {
            StageSpec st = spec.stages().get(k);
            waitDays[k] = st.waitDays();
            if (st.next() == null) {
                next[k] = k + 1 < s ? k + 1 : -1;
            } else if (st.next().equals(StageSpec.EXIT)) {
                next[k] = -1;
            } else {
                next[k] = indexOf(spec, st.next());
            }
        }
        this.exitOnPurchase = spec.exitOnPurchase();
        this.exitOnUnsubscribe = spec.exitOnUnsubscribe();
        this.optOutRate = spec.optOutRate();
        this.reentry = spec.reentry();
        this.stage = new byte[customers];
        this.until = new short[customers];
        Arrays.fill(stage, NOT_ENTERED);
        counts = new ShardCounters(customers, KINDS * s);
    }

    int stages() {
        return waitDays.length;
    }

    /** Entries, opted out, finished, bought, other exits of stage {@code s}. */
    long[] counts(int s) {
        long[] out = new long[KINDS];
        for (int k = 0; k < KINDS; k++) {
            out[k] = counts.total(KINDS * s + k);
        }
        return out;
    }

    boolean optedOut(int i) {
        return stage[i] == OPTED_OUT;
    }

    private static int indexOf(JourneySpec spec, String name) {
        for (int k = 0; k < spec.stages().size(); k++) {
            if (spec.stages().get(k).name().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown stage " + name + " (the validator should have caught it)");
    }

    boolean contains(int i) {
        return stage[i] >= 0;
    }

    /**
     * The first day after {@code day} on which {@link #step} may change this journey's state for customer {@code i}
     * or propose, while nothing happens to the customer: the end of the stage's wait, the first day its exit
     * condition may hold, or, outside the journey, the first day the entry condition may hold (never when the
     * customer may not enter again). {@link Integer#MAX_VALUE} when none.
     */
    int nextDay(int i, int day) {
        int st = stage[i];
        if (st < 0) {
            if (st != CLOSED && (st == NOT_ENTERED || reentry) && entry != null) {
                return entry.nextDay(i, day);
            }
            return Integer.MAX_VALUE; // no entry condition: entered on day 0 only
        }
        int next = Math.max(until[i], day + 1);
        if (exit[st] != null && next > day + 1) {
            next = Math.min(next, exit[st].nextDay(i, day));
        }
        return next;
    }

    /**
     * Notes on the conditions the time analysis does not cover, which are then due every day for the customers
     * they concern: the entry condition and the stages' exit conditions (stage {@code when} conditions are tested
     * only on days a customer moves, which are due anyway).
     */
    java.util.List<String> dailyEvaluation(JourneySpec spec) {
        java.util.List<String> out = new java.util.ArrayList<>();
        String e = entry == null ? null : entry.dailyEvaluation();
        if (e != null) {
            out.add("journey " + spec.name() + " entry: " + e + "; evaluated daily");
        }
        for (int s = 0; s < exit.length; s++) {
            String x = exit[s] == null ? null : exit[s].dailyEvaluation();
            if (x != null) {
                out.add("journey " + spec.name() + "/" + spec.stages().get(s).name() + " exit: " + x + "; evaluated daily");
            }
        }
        return out;
    }

    void step(ActionResolver resolver, int i, int day, ActionBuffer out) {
        int st = stage[i];
        if (st < 0) {
            // Conditions have no side effects, so the entry condition is tested only for those who
            // may enter (it was also tested for everyone who had left a journey without re-entry).
            if (st != CLOSED && (st == NOT_ENTERED || reentry)) {
                boolean enters = entry == null ? day == 0 && st == NOT_ENTERED : entry.test(i, day);
                if (enters) {
                    enter(resolver, i, 0, day, out);
                } else if (st != OPTED_OUT && entry != null && entry.neverAgain(i, day)) {
                    stage[i] = CLOSED; // opted_out_<journey> keeps reading OPTED_OUT
                }
            }
            return;
        }
        if (exit[st] != null && exit[st].test(i, day)) {
            counts.increment(i, KINDS * st + OTHER_EXITS);
            leave(i);
            return;
        }
        if (day >= until[i]) {
            enter(resolver, i, next[st], day, out);
        }
    }

    /** Enters stage {@code s}, skipping stages whose condition is false and passing through zero-day waits. */
    private void enter(ActionResolver resolver, int i, int s, int day, ActionBuffer out) {
        int last = stage[i]; // the stage being left (when moving on), for "finished"
        // The validator guarantees the stage graph has no loop, so this ends within #stages steps.
        while (s >= 0) {
            if (when[s] != null && !when[s].test(i, day)) {
                s = next[s];
                continue;
            }
            stage[i] = (byte) s;
            last = s;
            counts.increment(i, KINDS * s + ENTRIES);
            until[i] = (short) (day + waitDays[s]);
            if (action[s] != null) {
                resolver.propose(action[s], i, day, index * STAGE_SLOTS + s, out);
            }
            if (waitDays[s] > 0) {
                return;
            }
            s = next[s];
        }
        if (last >= 0) {
            counts.increment(i, KINDS * last + FINISHED);
        }
        leave(i);
    }

    void leave(int i) {
        stage[i] = LEFT;
    }

    void onPurchase(int i) {
        if (exitOnPurchase && stage[i] >= 0) {
            counts.increment(i, KINDS * stage[i] + BOUGHT);
            leave(i);
        }
    }

    void onUnsubscribe(int i) {
        if (exitOnUnsubscribe && stage[i] >= 0) {
            counts.increment(i, KINDS * stage[i] + OTHER_EXITS);
            leave(i);
        }
    }

    /** The customer saw this journey's contact; true when the draw makes them opt out. */
    boolean onSeen(int i, double uniform) {
        if (stage[i] >= 0 && uniform < optOutRate) {
            counts.increment(i, KINDS * stage[i] + OPTED_OUT_COUNT);
            stage[i] = OPTED_OUT;
            return true;
        }
        return false;
    }
}
