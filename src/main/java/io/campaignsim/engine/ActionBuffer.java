package io.campaignsim.engine;

/**
 * Today's proposed contacts for one customer, written by a policy and read by the engine. One
 * buffer per shard, cleared for each customer: nothing is allocated per customer-day.
 * Channel, offer and category are indices (-1 = none); hour is 0..23.
 */
public final class ActionBuffer {

    /**
     * More proposals than this in one customer-day are dropped (caps would stop them anyway).
     * 15 so that a day's deliveries fit the 4-bit day counts of {@link ObservedHistory}.
     */
    public static final int CAPACITY = 15;

    final int[] channel = new int[CAPACITY];
    final int[] offer = new int[CAPACITY];
    final int[] category = new int[CAPACITY];
    final int[] hour = new int[CAPACITY];
    final int[] source = new int[CAPACITY];
    int size;
    private boolean deliverable = true;

    public void clear() {
        size = 0;
        deliverable = true;
    }

    /** Empties the buffer for the same customer-day as {@code other}: same {@link #deliverable()}. */
    public void clearFor(ActionBuffer other) {
        clear(other.deliverable);
    }

    /** Empties the buffer for the next customer and says whether anything could reach them today. */
    void clear(boolean deliverable) {
        size = 0;
        this.deliverable = deliverable;
    }

    /**
     * False when the guard rails will hold back every contact to this customer today (no channel
     * subscribed, or the overall daily or weekly cap already reached), so anything proposed is
     * dropped. A policy may then skip the work of choosing contacts, but must still update its
     * own state (journey clocks and exits) as on any other day. Engines set it to exactly
     * {@link ContactGuard#anyAllowed} of the scenario's guard rails, so that a policy may predict it
     * ({@link ContactGuard#firstAllowedDay}) in {@link ContactPolicy#nextProposalDay}.
     */
    public boolean deliverable() {
        return deliverable;
    }

    public int size() {
        return size;
    }

    /**
     * Adds a proposal.
     *
     * @param source who proposed it (policy-defined id, handed back in {@link ContactPolicy#onSeen})
     * @return false when the buffer is full
     */
    public boolean add(int channel, int offer, int category, int hour, int source) {
        if (size == CAPACITY) {
            return false;
        }
        this.channel[size] = channel;
        this.offer[size] = offer;
        this.category[size] = category;
        this.hour[size] = hour;
        this.source[size] = source;
        size++;
        return true;
    }

    public int channel(int k) {
        return channel[k];
    }

    public int offer(int k) {
        return offer[k];
    }

    public int category(int k) {
        return category[k];
    }

    public int hour(int k) {
        return hour[k];
    }

    public int source(int k) {
        return source[k];
    }
}
