package io.campaignsim.scenario.expr;

/**
 * Reads one field (one {@link FieldType} and channel) for any customer on any day. A
 * {@link FieldSource} hands one out per field when a condition is {@linkplain Condition#bind bound},
 * so a read in the hot loop is one virtual call with no dispatch on the field type.
 *
 * <p>An abstract class rather than an interface: calls through a class are vtable calls, cheaper
 * than the interface calls a megamorphic site would otherwise make.
 *
 * <p>For the time analysis of conditions ({@link BoundCondition#nextDay}) a reader may say how its
 * value moves with the day while nothing happens to the customer ({@link #motion}); the default,
 * {@link Motion#UNKNOWN}, makes every condition that reads it be evaluated every day.
 */
public abstract class FieldReader {

    /**
     * How {@code read(customer, t)} moves with {@code t} while the customer's state does not change (no
     * purchase, contact, open, unsubscribe or journey move). Every reader that declares a motion other than
     * {@link #UNKNOWN} must be a pure function of (state, day) that holds for any later day, also far past
     * the horizon, and never NaN when monotone.
     */
    public enum Motion {
        /** The same value on every later day. */
        CONSTANT,
        /** Never smaller on a later day. */
        NON_DECREASING,
        /**
         * Never smaller on a later day and at most one larger per day (days_since_purchase, tenure_days, day; a
         * constant 9999 counts too): the day a threshold can first be passed is then known without a search.
         */
        GROWS_BY_DAY,
        /** Never larger on a later day (windowed counts as events leave the window, decaying rates). */
        NON_INCREASING,
        /** Piecewise constant, changing only on the days {@link #nextChange} names (lifecycle, weekday). */
        STEPS,
        /** Not analysed: conditions reading it are evaluated every day. */
        UNKNOWN
    }

    /**
     * The value for {@code customer} on {@code day}: categorical fields give the level index (negative or NaN
     * when unknown, which matches no level); rates may be NaN when undefined. Must not allocate, and must be
     * safe to call from several threads at once (for different customers, possibly on different days).
     */
    public abstract double read(int customer, int day);

    /** How the value moves with the day while nothing happens to the customer; the same for every customer. */
    public Motion motion() {
        return Motion.UNKNOWN;
    }

    /**
     * Whether the value is a function of the customer and the day alone: no purchase, contact, open, unsubscribe or
     * journey move ever changes it (the day, weekday, tenure, profile fields). A condition reading only such fields
     * that its time analysis says never holds again never does, whatever happens to the customer
     * ({@link BoundCondition#neverAgain}). Default false.
     */
    public boolean eventFree() {
        return false;
    }

    /**
     * For {@link Motion#STEPS}: a day after {@code day}, no later than the first day on which the value may
     * differ from {@code read(customer, day)} (while nothing happens to the customer); {@link Integer#MAX_VALUE}
     * when it never changes again. Default {@code day + 1}.
     */
    public int nextChange(int customer, int day) {
        return day + 1;
    }
}
