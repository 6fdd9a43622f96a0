package io.campaignsim.engine;

import java.util.Arrays;

/**
 * The next-event engine's index: per customer, the day of the next world event candidate (a
 * purchase or churn candidate of either world, drawn by {@link NextEventShard}) and the next day
 * the policy must be asked ({@link ContactPolicy#nextProposalDay}). A customer is touched on day
 * {@code d} only when one of the two is at most {@code d}. Four bytes a customer
 * ({@link #BYTES_PER_CUSTOMER}); the daily engine's churn bound and wake day (eight bytes) are not
 * kept with it, so the engine state, with the stored fatigue level (two bytes), stays within its
 * daily size ({@code EngineStateSizeTest}).
 *
 * @implNote Each customer's slots are written only by the shard that owns the customer.
 */
final class EventCalendar {

    /** Bytes a customer: two day fields. */
    static final int BYTES_PER_CUSTOMER = 4;
    /** "No event within any horizon" (horizons are at most 3,650 days). */
    static final short NEVER = Short.MAX_VALUE;
    /** Not yet scheduled: due at once (every customer starts so, and draws its first schedule on day 0). */
    static final short UNSCHEDULED = -1;

    final short[] nextEvent;
    final short[] nextProposal;
    /**
     * The world's recency factors as plain tables for the inverse-CDF walk (one per run, not per
     * customer): organic purchase up to the longest recency a run can reach, churn up to its cap.
     */
    final double[] recency;
    final double[] churnRecency;

    EventCalendar(int customers) {
        this(customers, null);
    }

    EventCalendar(int customers, io.campaignsim.world.WorldModel world) {
        // recencyFactor is constant from TABLE_DAYS - 1 on: the walk clamps to the table's last entry
        int longest = world == null ? 0 : io.campaignsim.world.WorldModel.TABLE_DAYS;
        recency = new double[longest];
        for (int r = 0; r < longest; r++) {
            recency[r] = world.recencyFactor(r);
        }
        int cap = (int) Math.ceil((io.campaignsim.world.WorldModel.CHURN_RECENCY_CAP - 1)
                * io.campaignsim.world.WorldModel.CHURN_RECENCY_DAYS) + 1;
        churnRecency = new double[world == null ? 0 : cap];
        for (int r = 0; r < churnRecency.length; r++) {
            churnRecency[r] = world.churnRecencyFactor(r);
        }
        nextEvent = new short[customers];
        nextProposal = new short[customers];
        Arrays.fill(nextEvent, UNSCHEDULED);
        // nextProposal starts at 0: every policy is asked on day 0.
    }

    /** The first day on which customer {@code i} has to be touched. */
    int wake(int i) {
        return Math.min(nextEvent[i], nextProposal[i]);
    }

    /** A day as a calendar entry: days past the horizon's range become {@link #NEVER}. */
    static short day(long day) {
        return day >= NEVER ? NEVER : (short) day;
    }
}
