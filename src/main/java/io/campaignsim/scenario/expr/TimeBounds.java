package io.campaignsim.scenario.expr;

import java.util.Arrays;

/**
 * The time analysis of bound conditions ({@link BoundCondition#nextDay}): for a customer whose state does not
 * change, a day no later than the first later day on which a node takes a wanted value. Fields move as their
 * readers' {@link FieldReader.Motion} says; since every analysed reader is a pure function of (state, day),
 * {@code test(customer, t)} for a later {@code t} is exactly the value the condition will have on day {@code t}
 * if nothing happens, and that is what the bounds are checked against (TimeBoundsPropertyTest).
 *
 * <p>Leaves ({@code field op constant}, {@code field in [...]}, a level set) are solved exactly: a value test is
 * constant between its breakpoints, so the first wanted day of a monotone field is found by binary search for the
 * day the value enters the next cell, and a stepwise field is walked from change to change. {@code and} takes the
 * latest of its terms' bounds, refined until they agree (a safe bound, usually exact), {@code or} the earliest,
 * {@code not} asks its term for the opposite value. Anything else is due the next day.
 *
 * @implNote Package-private and not private members only: specialized nodes are hidden-class copies, which are
 *     not nestmates of their enclosing class, so a private member of a nest would be out of their reach.
 */
final class TimeBounds {

    /** No later day at all, as long as nothing happens to the customer. */
    static final int NEVER = Integer.MAX_VALUE;
    /** How far ahead a monotone field is searched (past any horizon, at most 3,650 days); a bound beyond is this far. */
    static final int SEARCH_DAYS = 1 << 15;
    /** Changes of a stepwise field walked at most (weekday never matching: checked 400 days ahead, then asked again). */
    static final int MAX_STEPS = 400;
    /** Rounds of refining an {@code and} bound. */
    static final int MAX_ROUNDS = 16;

    private TimeBounds() {}

    /** The test a leaf applies to its field's value: {@code test(i, d) == holds(read(i, d))}. */
    interface ValueTest {
        boolean holds(double value);
    }

    /** The breakpoints of a value test, sorted, without NaN (a NaN constant makes the test constant). */
    static double[] breakpoints(double... values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    }

    /**
     * The first day after {@code day} on which {@code test.holds(r.read(i, t)) == want}, exact for analysed
     * motions (or {@link #SEARCH_DAYS} ahead when later than that); {@code day + 1} when the reader's motion is
     * unknown. {@code breakpoints}: sorted values such that the test is constant on each open interval between
     * them and on each of them.
     */
    static int leaf(FieldReader r, ValueTest test, double[] breakpoints, int i, int day, boolean want) {
        int t = day + 1;
        switch (r.motion()) {
            case CONSTANT:
                return test.holds(r.read(i, t)) == want ? t : NEVER;
            case STEPS:
                for (int k = 0; k < MAX_STEPS; k++) {
                    if (test.holds(r.read(i, t)) == want) {
                        return t;
                    }
                    int next = r.nextChange(i, t);
                    if (next == NEVER) {
                        return NEVER;
                    }
                    t = Math.max(next, t + 1);
                }
                return t; // every day before t was checked
            case NON_DECREASING:
                return monotone(r, test, breakpoints, i, t, want, true, false);
            case GROWS_BY_DAY:
                return monotone(r, test, breakpoints, i, t, want, true, true);
            case NON_INCREASING:
                return monotone(r, test, breakpoints, i, t, want, false, false);
            default:
                return t;
        }
    }

    /**
     * Walks the cells of the breakpoints in the direction the field moves, from day {@code t} on, skipping a
     * breakpoint whose own value fails the test too. The day the value leaves its cell is found by galloping
     * (1, 2, 4, ... days ahead) and bisecting, a few reads for windows of days or weeks; for a field that grows
     * one a day the day is first guessed from the distance to the breakpoint and checked with two reads.
     */
    private static int monotone(FieldReader r, ValueTest test, double[] bp, int i, int t, boolean want, boolean up,
            boolean byDay) {
        int limit = t + SEARCH_DAYS;
        for (int k = 0; k <= 2 * bp.length + 1; k++) {
            double v = r.read(i, t);
            if (Double.isNaN(v) || test.holds(v) == want) {
                return t; // NaN: not a value a monotone reader gives; the day itself is a safe answer
            }
            double target;
            boolean strict;
            if (up) {
                int j = 0;
                while (j < bp.length && bp[j] < v) {
                    j++;
                }
                if (j == bp.length) {
                    return NEVER; // above every breakpoint and never smaller: the test cannot change
                }
                target = bp[j];
                // On the breakpoint, or below one whose value fails too: the cell ends when the value passes it.
                strict = target == v || test.holds(target) != want;
            } else {
                int j = bp.length - 1;
                while (j >= 0 && bp[j] > v) {
                    j--;
                }
                if (j < 0) {
                    return NEVER;
                }
                target = bp[j];
                strict = target == v || test.holds(target) != want;
            }
            int next = firstLeaving(r, i, t, limit, target, strict, up, byDay ? target - v : Double.NaN);
            if (next >= limit) {
                return limit; // in the same cell up to the search limit
            }
            t = next;
        }
        return t;
    }

    /**
     * The first day in (t, limit) on which the value passes {@code target} (beyond it when {@code strict}), or
     * {@code limit}; it does not on day {@code t}. {@code gap}: for a field growing one a day, target minus the
     * value on day {@code t}, else NaN.
     */
    private static int firstLeaving(FieldReader r, int i, int t, int limit, double target, boolean strict, boolean up,
            double gap) {
        int lo = t; // the value is in the cell on day lo
        if (!Double.isNaN(gap)) {
            // Growing at most one a day, it cannot pass before the distance is covered; exactly one a day, it passes
            // then: two reads confirm the guess, else the search below starts from what they showed.
            double guess = strict ? Math.floor(gap) + 1 : Math.ceil(gap);
            if (guess >= SEARCH_DAYS) {
                return leaves(r, i, limit, target, strict, up) ? searchFrom(r, i, t, limit, target, strict, up) : limit;
            }
            int d = t + Math.max(1, (int) guess);
            if (d - 1 > t && !leaves(r, i, d - 1, target, strict, up)) {
                lo = d - 1;
            }
            if (lo == d - 1 && leaves(r, i, d, target, strict, up)) {
                return d;
            }
        }
        return searchFrom(r, i, lo, limit, target, strict, up);
    }

    /** Gallops from {@code lo} (in the cell) towards {@code limit}, then bisects; {@code limit} when it never leaves. */
    private static int searchFrom(FieldReader r, int i, int lo, int limit, double target, boolean strict, boolean up) {
        int hi = lo + 1;
        int step = 1;
        while (true) {
            if (hi >= limit) {
                hi = limit;
                if (!leaves(r, i, hi, target, strict, up)) {
                    return limit;
                }
                break;
            }
            if (leaves(r, i, hi, target, strict, up)) {
                break;
            }
            lo = hi;
            step <<= 1;
            hi = lo + step;
        }
        while (hi - lo > 1) { // leaves(hi) and not leaves(lo): the value is monotone in the day
            int mid = (lo + hi) >>> 1;
            if (leaves(r, i, mid, target, strict, up)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static boolean leaves(FieldReader r, int i, int day, double target, boolean strict, boolean up) {
        double v = r.read(i, day);
        if (up) {
            return strict ? v > target : v >= target;
        }
        return strict ? v < target : v <= target;
    }

    /** A node whose value is the same on every later day: its value on the next day decides. */
    static int constant(BoolNode n, int i, int day, boolean want) {
        return n.test(i, day + 1) == want ? day + 1 : NEVER;
    }

    /**
     * The first day on which every term may take {@code want}: the latest term bound, refined until they agree;
     * {@code t}, a day such that no day in (day, t) has both terms equal to want (e.g. the latest of their first
     * bounds), is where the refinement starts.
     */
    static int every(BoolNode a, BoolNode b, int i, int day, boolean want, int t) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            // Invariant: no day in (day, t) has both terms equal to want.
            int x = a.nextDay(i, t - 1, want);
            if (x == NEVER) {
                return NEVER;
            }
            int y = b.nextDay(i, t - 1, want);
            if (y == NEVER) {
                return NEVER;
            }
            int next = Math.max(x, y);
            if (next == t) {
                return t;
            }
            t = next;
        }
        return t;
    }

    /** As {@link #every(BoolNode, BoolNode, int, int, boolean, int)} over any number of terms, from the next day. */
    static int every(BoolNode[] terms, int i, int day, boolean want) {
        int t = day + 1;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int next = t;
            for (BoolNode term : terms) {
                int x = term.nextDay(i, t - 1, want);
                if (x == NEVER) {
                    return NEVER;
                }
                next = Math.max(next, x);
            }
            if (next == t) {
                return t;
            }
            t = next;
        }
        return t;
    }

    /** The first day on which some term may take {@code want}: the earliest term bound. */
    static int some(BoolNode[] terms, int i, int day, boolean want) {
        int best = NEVER;
        for (BoolNode term : terms) {
            best = Math.min(best, term.nextDay(i, day, want));
            if (best == day + 1) {
                break;
            }
        }
        return best;
    }

    /** The first reason among the terms why a node is evaluated every day, or null. */
    static String reason(BoolNode... terms) {
        for (BoolNode t : terms) {
            String r = t.dailyReason();
            if (r != null) {
                return r;
            }
        }
        return null;
    }
}
