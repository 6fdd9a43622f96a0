package io.campaignsim.policy;

import io.campaignsim.engine.ActionBuffer;
import io.campaignsim.scenario.expr.BoundCondition;
import java.util.List;

/**
 * Rules in order: each whose condition holds proposes its action; with {@code firstMatchOnly}
 * the first match ends the list.
 *
 * @implNote Immutable but for the firing counts (per-shard integer sums, the same for any thread
 *     count; the day is an argument); safe to share between shards, even on different days.
 */
final class RuleSet {

    /** Proposal ids of rules start here; journey stages use ids below it (Journey.STAGE_SLOTS). */
    static final int SOURCE_BASE = 1 << 16;

    private final BoundCondition[] conditions;
    private final ActionTemplate[] actions;
    private final boolean firstMatchOnly;
    private final ShardCounters fired;

    RuleSet(List<BoundCondition> conditions, List<ActionTemplate> actions, boolean firstMatchOnly, int customers) {
        this.conditions = conditions.toArray(new BoundCondition[0]);
        this.actions = actions.toArray(new ActionTemplate[0]);
        this.firstMatchOnly = firstMatchOnly;
        this.fired = new ShardCounters(customers, this.conditions.length);
    }

    /** Times rule {@code r} matched and proposed its action. */
    long fired(int r) {
        return fired.total(r);
    }

    int size() {
        return conditions.length;
    }

    /**
     * The first day after {@code day} on which some rule's condition may hold for customer {@code i} while nothing
     * happens to the customer (the earliest of the conditions' {@link BoundCondition#nextDay}); a rule can fire no
     * earlier. {@link Integer#MAX_VALUE} when none can.
     */
    int nextDay(int i, int day) {
        int next = Integer.MAX_VALUE;
        for (BoundCondition c : conditions) {
            next = Math.min(next, c.nextDay(i, day));
            if (next == day + 1) {
                break;
            }
        }
        return next;
    }

    /** Per rule, why its condition is evaluated every day, or null when the time analysis covers it. */
    String dailyEvaluation(int r) {
        return conditions[r].dailyEvaluation();
    }

    void propose(ActionResolver resolver, int i, int day, ActionBuffer out) {
        for (int r = 0; r < conditions.length; r++) {
            if (conditions[r].test(i, day)) {
                fired.increment(i, r);
                resolver.propose(actions[r], i, day, SOURCE_BASE + r, out);
                if (firstMatchOnly) {
                    return;
                }
            }
        }
    }
}
