package io.campaignsim.engine;

import java.util.Arrays;

/**
 * The next-event engine's index: per customer, the day of the next world event candidate (a
 * purchase or churn candidate of either world, drawn by {@link NextEventShard}) and the next day
 * the policy must be asked ({@link ContactPolicy#nextProposalDay}). A customer is touched on day
 * {@code d} only when one of the two is at most {@code d}. Four bytes a customer
 * ({@link #BYTES_PER_CUSTOMER}); the daily engine's churn bound (four bytes) is not kept with it,
 * so the engine state stays at its daily size ({@code EngineStateSizeTest}).
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

    EventCalendar(int customers) {
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
