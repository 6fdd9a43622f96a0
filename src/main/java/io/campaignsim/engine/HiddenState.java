package io.campaignsim.engine;

import io.campaignsim.world.WorldModel;

/**
 * The simulator's private per-customer state: channel fatigue, true churn, and the
 * no-contact twin's recency and churn. Never visible to policies.
 */
final class HiddenState {

    static final byte CHURNED = 1;
    static final byte TWIN_CHURNED = 2;
    static final byte BOTH_CHURNED = CHURNED | TWIN_CHURNED;
    /**
     * Next-event engine only: the customer's calendar day ({@link EventCalendar#nextEvent}) is not a
     * candidate but the day the inverse-CDF walk stopped without one; it resumes from there.
     */
    static final byte CHECKPOINT = 4;

    private final int channels;
    private final WorldModel world;
    final float[] fatigue;
    /**
     * Per customer, at least the churn hazard's fatigue factor on any later day: the factor of
     * the undecayed fatigue sum, rounded up, refreshed on each send (1 before any). The churn
     * draw is compared with the hazard at this bound first, so the exact, decayed sum (six
     * channels' decay) is needed only on the rare days the draw falls below it. Null for the
     * next-event engine, which computes its bound only when it schedules ({@link #storedFatigueFactor}).
     */
    final float[] churnFactorBound;
    /**
     * Next-event engine only (null for the daily one): each customer's {@link #fatigueLevel}, kept up
     * to date by {@link #setFatigue}, so that a touched day reads two bytes instead of summing the
     * six channels' fatigue (a cache miss on a customer visited out of sequence) up to three times.
     */
    private final short[] fatigueLevels;
    final byte[] flags;
    final short[] twinLastPurchaseDay;
    /** Discount habituation level at {@link #habituationDay}, per customer; null when the scenario has none. */
    private final float[] habituation;
    private final short[] habituationDay;

    HiddenState(ObservedHistory history, WorldModel world) {
        this(history, world, Stepping.DAILY);
    }

    HiddenState(ObservedHistory history, WorldModel world, Stepping stepping) {
        int n = history.size();
        this.channels = history.channels();
        this.world = world;
        fatigue = new float[n * channels];
        churnFactorBound = stepping == Stepping.DAILY ? new float[n] : null;
        if (churnFactorBound != null) {
            java.util.Arrays.fill(churnFactorBound, 1f);
        }
        fatigueLevels = stepping == Stepping.DAILY ? null : new short[n]; // level 0: no fatigue yet
        flags = new byte[n];
        twinLastPurchaseDay = history.lastPurchaseDay.clone();
        habituation = world.habituates() ? new float[n] : null;
        habituationDay = world.habituates() ? new short[n] : null;
    }

    /** Habituation level on {@code day}, decayed since the last offer seen. */
    double habituation(int i, int day) {
        if (habituation == null || habituation[i] == 0f) {
            return 0.0;
        }
        return habituation[i] * world.habituationDecay(day - habituationDay[i]);
    }

    /** Factor on the organic purchase probability today: exp(-habituation), exactly 1 without any. */
    double habituationFactor(int i, int day) {
        return habituation == null ? 1.0 : WorldModel.habituationFactor(habituation(i, day));
    }

    /** Adds a seen offer's habituation dose after the day's purchase draw. */
    void addHabituation(int i, int day, double dose) {
        if (habituation != null && dose > 0) {
            habituation[i] = (float) (habituation(i, day) + dose);
            habituationDay[i] = (short) day;
        }
    }

    boolean churned(int i) {
        return (flags[i] & CHURNED) != 0;
    }

    boolean twinChurned(int i) {
        return (flags[i] & TWIN_CHURNED) != 0;
    }

    /** Channel fatigue today, decayed since the last contact on the channel. */
    double fatigue(ObservedHistory h, int i, int channel, int day) {
        int slot = i * channels + channel;
        float f = fatigue[slot];
        return f == 0f ? 0.0 : f * world.fatigueDecay(channel, day - h.lastChannelDay[slot]);
    }

    /** Sum of today's fatigue over channels. */
    double totalFatigue(ObservedHistory h, int i, int day) {
        if (churnFactorBound != null && churnFactorBound[i] == 1f) {
            return 0.0; // no fatigue ever: the bound stays 1 until a send adds some
        }
        double total = 0;
        for (int c = 0; c < channels; c++) {
            total += fatigue(h, i, c, day);
        }
        return total;
    }

    /**
     * An upper bound of {@code world.churnFatigueFactor(totalFatigue(...))} for any day from the
     * last send on: each decayed term is at most its stored value (decay factors are at most 1
     * and rounding is monotonic), so the stored values summed in the same order are at least the
     * decayed sum, and the factor is monotonic in it.
     */
    double churnFactorBound(int i) {
        return churnFactorBound[i];
    }

    /**
     * The churn bound's fatigue level: the smallest k with 2^k above {@code world.churnFatigueFactor}
     * of the stored (undecayed) fatigue sum, i.e. floor(CHURN_FATIGUE x sum / ln 2) + 1, and 0 before
     * any fatigue. 2^level bounds the churn hazard's fatigue factor on every day until the next send
     * (decay only lowers each stored term). The next-event engine schedules churn against
     * {@link #fatigueBound}: a coarse grid, so that most sends leave the bound, and the schedule drawn
     * against it, unchanged.
     */
    int fatigueLevel(int i) {
        int base = i * channels;
        double sum = 0;
        for (int c = 0; c < channels; c++) {
            sum += fatigue[base + c];
        }
        return sum > 0 ? (int) Math.min(1023, Math.floor(WorldModel.CHURN_FATIGUE * sum / LN2) + 1) : 0;
    }

    /** {@link #fatigueLevel} as {@link #setFatigue} left it (next-event engine only): the same value, without the sum. */
    int storedFatigueLevel(int i) {
        return fatigueLevels[i];
    }

    /** 2^level: the churn hazard's fatigue factor bound of {@link #fatigueLevel}. */
    static double fatigueBound(int level) {
        return Double.longBitsToDouble((long) (level + 1023) << 52); // 2^level exactly, level in 0..1023
    }

    private static final double LN2 = Math.log(2);

    /** Sets fatigue after a send; call after the history recorded the contact (its day is now today). */
    void setFatigue(int i, int channel, double value) {
        int base = i * channels;
        fatigue[base + channel] = (float) value;
        if (churnFactorBound == null) {
            fatigueLevels[i] = (short) fatigueLevel(i); // at most 1023
            return;
        }
        double sum = 0;
        for (int c = 0; c < channels; c++) {
            sum += fatigue[base + c];
        }
        churnFactorBound[i] = sum > 0 ? factorBound(sum) : 1f;
    }

    /** Grid of {@link #FACTOR_BOUNDS}: 16 points per unit of fatigue. */
    private static final double FACTOR_STEPS_PER_UNIT = 16;
    /**
     * FACTOR_BOUNDS[j] = exp(CHURN_FATIGUE x j / 16) rounded up to a float, for sums below 64: a send
     * looks its bound up here instead of computing an exp. A looser bound than the exact factor
     * (at most e^(2/16) = 1.13 times it) only sends a few more of the rare days whose churn draw
     * falls below it to the exact check, so the results do not change.
     */
    private static final float[] FACTOR_BOUNDS = factorBounds(64 * 16 + 2);

    private static float[] factorBounds(int n) {
        float[] bounds = new float[n];
        for (int j = 0; j < n; j++) {
            double factor = Math.exp(WorldModel.CHURN_FATIGUE * j / FACTOR_STEPS_PER_UNIT);
            float bound = (float) factor;
            bounds[j] = bound < factor ? Math.nextUp(bound) : bound;
        }
        return bounds;
    }

    /**
     * At least {@code world.churnFatigueFactor(x)} for every x up to {@code sum} (&gt; 0): the grid
     * point j = floor(16 sum) + 2, at least 1/16 above the sum, so exp's last-bit error (1e-16) cannot
     * reverse the order; infinity past the table, so that the churn draw always goes to the exact
     * check there.
     */
    static float factorBound(double sum) {
        double steps = sum * FACTOR_STEPS_PER_UNIT;
        return steps < FACTOR_BOUNDS.length - 2 ? FACTOR_BOUNDS[(int) steps + 2] : Float.POSITIVE_INFINITY;
    }
}
