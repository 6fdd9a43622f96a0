package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.campaignsim.population.Population;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.expr.BoundCondition;
import io.campaignsim.scenario.expr.ConditionCompiler;
import io.campaignsim.scenario.expr.Field;
import io.campaignsim.scenario.expr.FieldType;
import io.campaignsim.scenario.expr.ObservedFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The time analysis of conditions ({@link BoundCondition#nextDay}) against brute force: for random observed histories
 * and random conditions over every field kind, the bound is never later than the first later day on which the
 * condition holds (evaluating it day by day, which is what the engine would do if nothing happens to the customer;
 * every field is a pure function of the frozen state and the day), and for single comparisons, their negations and
 * {@code or} of them it is exactly that day. A bound too late would silently change results; one too early only costs
 * time, and the exactness checks keep the analysis from degenerating into "the next day".
 */
class ConditionTimeBoundsTest {

    private static final int CUSTOMERS = 80;
    /**
     * Days checked by brute force after the analysis day. A stepwise field (weekday) that never matches is walked
     * 400 days ahead and then due again, so "no day within AHEAD" may give a bound just after AHEAD.
     */
    private static final int AHEAD = 400;
    private static final int NEVER = Integer.MAX_VALUE;

    private final Scenario scenario = EngineFixtures.scenario(CUSTOMERS, 120, "persuadable: { share: 1.0, effect: 0.05 }", """
            journeys:
              - name: welcome
                entry: "tenure_days < 60"
                stages:
                  - { name: hello, action: { channel: email }, wait_days: 3 }
              - name: re-engage
                entry: "days_since_purchase > 90"
                stages:
                  - { name: nudge, action: { channel: sms }, wait_days: 5 }
            """);
    private final Population population = EngineFixtures.population(scenario);
    private final ObservedFields fields = ObservedFields.of(scenario);
    private final ConditionCompiler compiler = new ConditionCompiler(fields);

    @Test
    void boundsAreNeverLaterThanTheFirstDayAConditionHoldsAndExactForLeaves() {
        SplittableRandom rnd = new SplittableRandom(20);
        Map<String, int[]> kinds = new TreeMap<>(); // kind -> {conditions, customers with a later bound than day+1}
        for (int trial = 0; trial < 8; trial++) {
            int day = rnd.nextInt(0, 100);
            ObservedHistory h = randomHistory(rnd, day);
            boolean[][] member = new boolean[2][CUSTOMERS];
            boolean[][] optedOut = new boolean[2][CUSTOMERS];
            for (int j = 0; j < 2; j++) {
                for (int i = 0; i < CUSTOMERS; i++) {
                    member[j][i] = rnd.nextInt(3) == 0;
                    optedOut[j][i] = !member[j][i] && rnd.nextInt(4) == 0;
                }
            }
            ObservedFieldSource src = new ObservedFieldSource(h, new ObservedFieldSource.JourneyMembership() {
                @Override
                public boolean inJourney(int journey, int customer) {
                    return member[journey][customer];
                }

                @Override
                public boolean optedOut(int journey, int customer) {
                    return optedOut[journey][customer];
                }
            });
            for (int c = 0; c < 50; c++) {
                Generated g = condition(rnd, 0);
                BoundCondition bc = compiler.compile(g.text).bind(src);
                if (g.exact) {
                    assertNull(bc.dailyEvaluation(), g.text);
                }
                int[] tally = kinds.computeIfAbsent(g.kind, k -> new int[2]);
                tally[0]++;
                for (int i = 0; i < CUSTOMERS; i++) {
                    int bound = bc.nextDay(i, day);
                    int first = firstTrueDay(bc, i, day);
                    String where = g.text + " for customer " + i + " after day " + day;
                    assertTrue(bound > day, "bound not after the day: " + where);
                    if (first != NEVER && bound > first) {
                        fail("bound " + bound + " later than the first day it holds, " + first + ": " + where);
                    }
                    if (g.exact) {
                        if (first != NEVER) {
                            assertEquals(first, bound, "not exact: " + where);
                        } else {
                            assertTrue(bound > day + AHEAD, "holds on no day up to " + (day + AHEAD)
                                    + " but the bound is " + bound + ": " + where);
                        }
                    }
                    if (bound > day + 1) {
                        tally[1]++;
                    }
                }
            }
        }
        // Every kind of node was drawn, and the analysis skips days for a good share of the analysable ones.
        for (String k : List.of("leaf", "not", "or", "and", "arith-constant", "arith-moving", "mixed")) {
            assertTrue(kinds.containsKey(k) && kinds.get(k)[0] >= 10, k + " drawn too rarely: " + kinds.keySet());
        }
        assertTrue(kinds.get("leaf")[1] > kinds.get("leaf")[0] * CUSTOMERS / 4, "leaves skip too few days");
        assertEquals(0, kinds.get("arith-moving")[1], "arithmetic on moving fields must be due the next day");
    }

    @Test
    void recencyThresholdsLifecycleWeekdayAndWindowsGiveTheirKnownDays() {
        ObservedHistory h = ObservedHistoryFactory.of(population.observed(), 120);
        int day = 40;
        h.recordPurchase(0, 30, 50, 0); // days_since_purchase 10 on day 40
        h.recordContact(0, 1, 38, 10, true, false); // one sms send on day 38, opened
        ObservedFieldSource src = new ObservedFieldSource(h, (j, i) -> false);
        assertEquals(91, next("days_since_purchase > 60", src, day)); // recency 61 on day 91
        assertEquals(45, next("sms_sends_7d == 0", src, day)); // the day-38 send leaves the 7-day window on day 45
        assertEquals(61, next("lifecycle == \"cooling\"", src, day)); // recency 31 on day 61
        assertEquals(NEVER, next("days_since_purchase < 5", src, day));
        assertEquals(NEVER, next("frequency > 1000", src, day));
        int wednesday = 42 + 2; // day 0 is a Monday: day 44 is a Wednesday
        assertEquals(wednesday, next("weekday == 2", src, day));
        assertEquals(day + 1, next("days_since_purchase - days_since_sms > 3", src, day));
        assertNotNull(compiler.compile("days_since_purchase - days_since_sms > 3").bind(src).dailyEvaluation());
        assertNull(compiler.compile("not (segment == \"a\") or days_since_sms >= 30").bind(src).dailyEvaluation());
    }

    /**
     * {@link BoundCondition#neverAgain}: when it says a condition never holds again, it holds on no later day even
     * with a different history and different journey memberships (any purchases, contacts, opens, unsubscribes and
     * journey moves in between: a random second history is a state at least as arbitrary as any the engine could
     * reach); and it does say so for the conditions it is meant for (a part over tenure, day or profile fields that
     * is over), so that the journeys' shortcut is not dead code.
     */
    @Test
    void neverAgainHoldsWhateverHappensAndIsSaidForTenureParts() {
        SplittableRandom rnd = new SplittableRandom(21);
        int said = 0;
        int checked = 0;
        for (int trial = 0; trial < 6; trial++) {
            int day = rnd.nextInt(0, 100);
            ObservedFieldSource now = new ObservedFieldSource(randomHistory(rnd, day), (j, i) -> rnd.nextInt(3) == 0);
            ObservedHistory other = randomHistory(rnd, day + 100);
            boolean[] member = new boolean[CUSTOMERS];
            for (int i = 0; i < CUSTOMERS; i++) {
                member[i] = rnd.nextBoolean();
            }
            ObservedFieldSource later = new ObservedFieldSource(other, (j, i) -> member[i]);
            for (int c = 0; c < 60; c++) {
                Generated g = condition(rnd, 0);
                String text = switch (rnd.nextInt(4)) {
                    case 0 -> "tenure_days < " + rnd.nextInt(0, 1500) + " and (" + g.text + ")";
                    case 1 -> "(" + g.text + ") and day <= " + rnd.nextInt(0, 200);
                    case 2 -> "(tenure_days < " + rnd.nextInt(0, 1500) + " or segment == \"a\") and (" + g.text + ")";
                    default -> g.text;
                };
                BoundCondition a = compiler.compile(text).bind(now);
                BoundCondition b = compiler.compile(text).bind(later);
                for (int i = 0; i < CUSTOMERS; i++) {
                    if (!a.neverAgain(i, day)) {
                        continue;
                    }
                    said++;
                    for (int t = day + 1; t <= day + 200; t++) {
                        checked++;
                        if (b.test(i, t)) {
                            fail(text + " holds on day " + t + " for customer " + i + " after neverAgain on day " + day);
                        }
                    }
                }
            }
        }
        assertTrue(said > 1000, "neverAgain said too rarely: " + said);
        assertTrue(checked > 0);
        ObservedFieldSource src = new ObservedFieldSource(ObservedHistoryFactory.of(population.observed(), 120), (j, i) -> false);
        int old = -1;
        for (int i = 0; i < CUSTOMERS && old < 0; i++) {
            if (population.observed().tenureDays(i) >= 60) {
                old = i;
            }
        }
        assertTrue(old >= 0, "no customer with a tenure of 60 days or more");
        int day = 10;
        assertTrue(compiler.compile("tenure_days < 60").bind(src).neverAgain(old, day));
        assertTrue(compiler.compile("tenure_days < 60 and frequency <= 1").bind(src).neverAgain(old, day));
        assertTrue(compiler.compile("day < 5").bind(src).neverAgain(old, day));
        // An 'or' with a part that depends on events, or a condition over such fields alone, may hold again.
        assertFalse(compiler.compile("tenure_days < 60 or frequency <= 1").bind(src).neverAgain(old, day));
        assertFalse(compiler.compile("days_since_purchase < 5").bind(src).neverAgain(old, day));
        assertFalse(compiler.compile("not (tenure_days >= 60 and frequency > 1)").bind(src).neverAgain(old, day));
        assertFalse(compiler.compile("day < 50").bind(src).neverAgain(old, day));
    }

    private int next(String text, ObservedFieldSource src, int day) {
        BoundCondition c = compiler.compile(text).bind(src);
        return c.nextDay(0, day);
    }

    private static int firstTrueDay(BoundCondition c, int i, int day) {
        for (int t = day + 1; t <= day + AHEAD; t++) {
            if (c.test(i, t)) {
                return t;
            }
        }
        return NEVER;
    }

    /** Purchases, contacts (opened, clicked), unsubscribes on random days up to {@code day}. */
    private ObservedHistory randomHistory(SplittableRandom rnd, int day) {
        ObservedHistory h = ObservedHistoryFactory.of(population.observed(), 120);
        int channels = h.channels();
        for (int i = 0; i < CUSTOMERS; i++) {
            double purchaseRate = rnd.nextDouble() * 0.1;
            double contactRate = rnd.nextDouble() * 0.6;
            for (int d = 0; d <= day; d++) {
                if (rnd.nextDouble() < purchaseRate) {
                    h.recordPurchase(i, d, 10 + rnd.nextDouble() * 200, rnd.nextInt(-1, 4));
                }
                int sends = rnd.nextDouble() < contactRate ? rnd.nextInt(1, 4) : 0;
                for (int k = 0; k < sends; k++) {
                    boolean opened = rnd.nextBoolean();
                    h.recordContact(i, rnd.nextInt(channels), d, rnd.nextInt(24), opened, opened && rnd.nextBoolean());
                }
                if (rnd.nextDouble() < 0.003) {
                    h.recordUnsubscribe(i, rnd.nextInt(channels));
                }
            }
        }
        return h;
    }

    /** A condition text, its node kind, and whether the analysis must be exact for it. */
    private record Generated(String text, String kind, boolean exact) {}

    private Generated condition(SplittableRandom rnd, int depth) {
        int pick = depth >= 2 ? rnd.nextInt(4) : rnd.nextInt(9);
        switch (pick) {
            case 0, 1, 2:
                return new Generated(leaf(rnd), "leaf", true);
            case 3:
                return arithmetic(rnd);
            case 4: {
                Generated a = condition(rnd, depth + 1);
                return new Generated("not (" + a.text + ")", "not", a.exact && a.kind.equals("leaf"));
            }
            case 5: {
                Generated a = leafOnly(rnd);
                Generated b = leafOnly(rnd);
                return new Generated("(" + a.text + ") or (" + b.text + ")", "or", true);
            }
            case 6: {
                Generated a = condition(rnd, depth + 1);
                Generated b = condition(rnd, depth + 1);
                return new Generated("(" + a.text + ") and (" + b.text + ")", "and", false);
            }
            default: {
                Generated a = condition(rnd, depth + 1);
                Generated b = condition(rnd, depth + 1);
                Generated c = condition(rnd, depth + 1);
                return new Generated("(" + a.text + ") or not ((" + b.text + ") and (" + c.text + "))", "mixed", false);
            }
        }
    }

    private Generated leafOnly(SplittableRandom rnd) {
        return new Generated(leaf(rnd), "leaf", true);
    }

    private static final String[] OPS = {"<", "<=", ">", ">=", "==", "!="};

    /** A field compared with a constant of its range, a set test, a level test or the field alone. */
    private String leaf(SplittableRandom rnd) {
        List<Field> all = new ArrayList<>(fields.all());
        Field f = all.get(rnd.nextInt(all.size()));
        if (f.isCategorical()) {
            List<String> levels = f.levels();
            String a = levels.get(rnd.nextInt(levels.size()));
            String b = levels.get(rnd.nextInt(levels.size()));
            return switch (rnd.nextInt(3)) {
                case 0 -> f.name() + " == \"" + a + "\"";
                case 1 -> f.name() + " != \"" + a + "\"";
                default -> f.name() + " in [\"" + a + "\", \"" + b + "\"]";
            };
        }
        double c = constant(rnd, f.type());
        return switch (rnd.nextInt(8)) {
            case 0 -> f.name();
            case 1 -> f.name() + " in [" + c + ", " + constant(rnd, f.type()) + "]";
            case 2 -> c + " " + OPS[rnd.nextInt(OPS.length)] + " " + f.name();
            default -> f.name() + " " + OPS[rnd.nextInt(OPS.length)] + " " + c;
        };
    }

    /** Arithmetic: over fields fixed between events (constant in time, analysed) or over moving ones (daily). */
    private Generated arithmetic(SplittableRandom rnd) {
        if (rnd.nextBoolean()) {
            String[] fixed = {"frequency", "monetary", "email_open_rate_30d", "subscribed_sms", "in_journey_welcome"};
            String a = fixed[rnd.nextInt(fixed.length)];
            String b = fixed[rnd.nextInt(fixed.length)];
            return new Generated(a + " * 2 + " + b + " > " + rnd.nextInt(0, 20), "arith-constant", true);
        }
        String[] moving = {"days_since_purchase", "tenure_days", "contacts_7d", "opens_30d", "days_since_email", "day"};
        String a = moving[rnd.nextInt(moving.length)];
        return new Generated(a + " - " + rnd.nextInt(0, 10) + " " + OPS[rnd.nextInt(OPS.length)] + " " + rnd.nextInt(0, 200),
                "arith-moving", false);
    }

    private static double constant(SplittableRandom rnd, FieldType type) {
        return switch (type) {
            case DAY -> rnd.nextInt(0, 300);
            case WEEKDAY -> rnd.nextInt(0, 8);
            case TENURE_DAYS -> rnd.nextInt(0, 1500);
            case DAYS_SINCE_PURCHASE, DAYS_SINCE_CONTACT, DAYS_SINCE_CHANNEL ->
                rnd.nextInt(10) == 0 ? 9999 : rnd.nextInt(0, 400);
            case PURCHASES_30D, CONTACTS_7D, CHANNEL_SENDS_7D -> rnd.nextInt(0, 6);
            case OPENS_30D, CLICKS_30D -> rnd.nextInt(10) == 0 ? 0 : Math.round(rnd.nextDouble() * 40) / 10.0;
            case CHANNEL_OPEN_RATE_30D, CHANNEL_CLICK_RATE_30D -> Math.round(rnd.nextDouble() * 100) / 100.0;
            case FREQUENCY -> rnd.nextInt(0, 12);
            case MONETARY -> rnd.nextInt(0, 400);
            default -> rnd.nextInt(0, 2);
        };
    }
}
