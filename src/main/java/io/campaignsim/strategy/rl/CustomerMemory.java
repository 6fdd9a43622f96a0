package io.campaignsim.strategy.rl;

import java.util.Arrays;

/**
 * What an RL strategy remembers per customer between decisions, in primitive arrays indexed by
 * customer (each slot is touched only by the shard thread that owns the customer, or between
 * days): the pending decision (its quantised state, day, action and same-day profit), the
 * customer's observed spend after that day, and three histories the CRM record does not keep
 * (last open, an exponentially weighted count of contacts and one of incentive offers).
 *
 * <p>Bytes per customer: {@code dimension} (the state) + 2 + 1 + 4 + 4 (pending day, action,
 * profit, spend) + 2 (last open) + 2 + 4 (contacts) + 2 + 4 (offers) = dimension + 25; with the
 * 31 features of a one-channel, three-segment scenario 56 bytes.
 */
final class CustomerMemory {

    /** Day fields: nothing yet. */
    static final short NEVER = Short.MIN_VALUE;
    /** {@link #pendingDay}: no decision waiting for its outcome. */
    static final short NONE = -1;

    final int dimension;
    final byte[] state;
    final short[] pendingDay;
    final byte[] pendingAction;
    final float[] pendingProfit;
    final float[] spendAfter;
    final short[] lastOpenDay;
    final short[] lastContactDay;
    final float[] contactsEw;
    final short[] lastOfferDay;
    final float[] offersEw;

    CustomerMemory(int customers, int dimension) {
        this.dimension = dimension;
        state = new byte[customers * dimension];
        pendingDay = new short[customers];
        pendingAction = new byte[customers];
        pendingProfit = new float[customers];
        spendAfter = new float[customers];
        lastOpenDay = new short[customers];
        lastContactDay = new short[customers];
        contactsEw = new float[customers];
        lastOfferDay = new short[customers];
        offersEw = new float[customers];
        Arrays.fill(pendingDay, NONE);
        Arrays.fill(lastOpenDay, NEVER);
        Arrays.fill(lastContactDay, NEVER);
        Arrays.fill(lastOfferDay, NEVER);
    }

    /** Bytes held per customer. */
    static int bytesPerCustomer(int dimension) {
        return dimension + 25;
    }
}
